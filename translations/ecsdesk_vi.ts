<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActionDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n mục khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlarmsCommand</name>
    <message>
        <source>ecsdesk-cli alarms: %1</source>
        <translation>ecsdesk-cli alarms: %1</translation>
    </message>
    <message>
        <source>%1 alarm(s) of cluster %2</source>
        <translation>%1 cảnh báo của cụm %2</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>dịch vụ %1</translation>
    </message>
    <message>
        <source>; actions disabled</source>
        <translation>; đã tắt hành động</translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation>từ %1: %2</translation>
    </message>
    <message>
        <source>Print the CloudWatch alarms of a cluster and its services: state, reason and condition.</source>
        <translation>In các cảnh báo CloudWatch của một cụm và các dịch vụ của cụm: trạng thái, lý do và điều kiện.</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>Tên cụm (bắt buộc).</translation>
    </message>
    <message>
        <source>Only this service&apos;s alarms.</source>
        <translation>Chỉ các cảnh báo của dịch vụ này.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>dịch vụ</translation>
    </message>
    <message>
        <source>Only alarms in this state: ALARM, OK or INSUFFICIENT_DATA.</source>
        <translation>Chỉ các cảnh báo ở trạng thái này: ALARM, OK hoặc INSUFFICIENT_DATA.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>Exit with 3 when an alarm shown is in ALARM.</source>
        <translation>Thoát với mã 3 khi có cảnh báo được hiển thị ở trạng thái ALARM.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Định dạng đầu ra: text (mặc định) hoặc json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>đối số không mong đợi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>cần có --cluster</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format phải là text hoặc json, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--state must be ALARM, OK or INSUFFICIENT_DATA, not &apos;%1&apos;</source>
        <translation>--state phải là ALARM, OK hoặc INSUFFICIENT_DATA, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>không thể ghi ra stdout</translation>
    </message>
    <message>
        <source>Print the CloudWatch alarms of a cluster and its services</source>
        <translation>In các cảnh báo CloudWatch của một cụm và các dịch vụ của cụm</translation>
    </message>
</context>
<context>
    <name>AutoScalingGroupsClient</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>Không hiểu được phản hồi của %1.</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>(HTTP %1, request id %2)</source>
        <translation>(HTTP %1, mã yêu cầu %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Yêu cầu đã bị hủy.</translation>
    </message>
</context>
<context>
    <name>AwsOptions</name>
    <message>
        <source>AWS profile to use.</source>
        <translation>Hồ sơ AWS sẽ dùng.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>Vùng AWS.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>vùng</translation>
    </message>
    <message>
        <source>Send every call to this endpoint (moto, local endpoint).</source>
        <translation>Gửi mọi lệnh gọi tới điểm cuối này (moto, điểm cuối cục bộ).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>--endpoint-url &apos;%1&apos; is not a URL</source>
        <translation>--endpoint-url &apos;%1&apos; không phải là URL</translation>
    </message>
</context>
<context>
    <name>AwsTransport</name>
    <message>
        <source>No AWS credentials were found for this connection.</source>
        <translation>Không tìm thấy thông tin xác thực AWS cho kết nối này.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an HTML page instead of an AWS error.</source>
        <translation>Máy chủ trả lời HTTP %1 bằng một trang HTML thay vì lỗi AWS.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an error document.</source>
        <translation>Máy chủ trả lời HTTP %1 mà không có tài liệu lỗi.</translation>
    </message>
    <message>
        <source>%1 got no complete answer within %2 ms.</source>
        <translation>%1 không nhận được câu trả lời đầy đủ trong vòng %2 ms.</translation>
    </message>
    <message>
        <source>%1: the answer is too large (%2).</source>
        <translation>%1: câu trả lời quá lớn (%2).</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid HTTP (%2).</source>
        <translation>%1: câu trả lời của máy chủ không phải HTTP hợp lệ (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 thất bại: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off: %2</source>
        <translation>%1: câu trả lời bị cắt ngang: %2</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2).</source>
        <translation>%1: câu trả lời không phải JSON hợp lệ (%2).</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 chưa được gửi: %2</translation>
    </message>
    <message>
        <source>%1: the answer&apos;s field %2 is %3 where %4 belongs.</source>
        <translation>%1: trường %2 của câu trả lời là %3, trong khi cần %4.</translation>
    </message>
</context>
<context>
    <name>CapacityStrategy</name>
    <message>
        <source>%1 base %2</source>
        <translation>%1 cơ sở %2</translation>
    </message>
    <message>
        <source>%1 weight %2</source>
        <translation>%1 trọng số %2</translation>
    </message>
    <message>
        <source>capacityProvider must be specified in a capacity provider strategy.</source>
        <translation>Phải chỉ định capacityProvider trong chiến lược nhà cung cấp dung lượng.</translation>
    </message>
    <message>
        <source>The capacity provider strategy cannot contain a capacity provider more than once.</source>
        <translation>Chiến lược nhà cung cấp dung lượng không được chứa một nhà cung cấp dung lượng nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>The capacity provider %1 is not associated with the cluster.</source>
        <translation>Nhà cung cấp dung lượng %1 chưa được liên kết với cụm.</translation>
    </message>
    <message>
        <source>The base must be between 0 and %1.</source>
        <translation>Giá trị cơ sở phải nằm trong khoảng từ 0 đến %1.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and %1.</source>
        <translation>Trọng số phải nằm trong khoảng từ 0 đến %1.</translation>
    </message>
    <message>
        <source>You can specify a base value for only one capacity provider in a capacity provider strategy.</source>
        <translation>Chỉ có thể chỉ định giá trị cơ sở cho một nhà cung cấp dung lượng trong chiến lược nhà cung cấp dung lượng.</translation>
    </message>
    <message>
        <source>The capacity provider strategy can have at most %1 items.</source>
        <translation>Chiến lược nhà cung cấp dung lượng chỉ có thể có tối đa %1 mục.</translation>
    </message>
    <message>
        <source>A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.</source>
        <translation>Chiến lược nhà cung cấp dung lượng không được kết hợp các nhà cung cấp dung lượng dùng Auto Scaling group với các nhà cung cấp Fargate. Hãy chỉ định một trong hai loại và thử lại.</translation>
    </message>
    <message>
        <source>At least one capacity provider in a capacity provider strategy must have a weight greater than 0.</source>
        <translation>Ít nhất một nhà cung cấp dung lượng trong chiến lược nhà cung cấp dung lượng phải có trọng số lớn hơn 0.</translation>
    </message>
</context>
<context>
    <name>CloudWatchClient</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>Không hiểu được phản hồi của %1.</translation>
    </message>
</context>
<context>
    <name>ClusterSnapshotLoader</name>
    <message>
        <source>Cluster %1 was not found (%2).</source>
        <translation>Không tìm thấy cụm %1 (%2).</translation>
    </message>
    <message>
        <source>The cluster description never arrived.</source>
        <translation>Không nhận được mô tả của cụm.</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>The source_profile chain of profile %1 is too long or loops.</source>
        <translation>Chuỗi source_profile của hồ sơ %1 quá dài hoặc bị lặp vòng.</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found in %2 or %3.</source>
        <translation>Không tìm thấy hồ sơ cấu hình (%1) trong %2 hoặc %3.</translation>
    </message>
    <message>
        <source>Profile %1 is its own source_profile but has no keys.</source>
        <translation>Hồ sơ %1 là source_profile của chính nó nhưng không có khóa.</translation>
    </message>
    <message>
        <source>profile %1 (static keys)</source>
        <translation>hồ sơ %1 (khóa tĩnh)</translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source Environment but AWS_ACCESS_KEY_ID is not set.</source>
        <translation>Hồ sơ %1 dùng credential_source Environment nhưng AWS_ACCESS_KEY_ID chưa được đặt.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>biến môi trường</translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor a supported credential_source.</source>
        <translation>Hồ sơ %1 có role_arn nhưng không có source_profile hay credential_source được hỗ trợ.</translation>
    </message>
    <message>
        <source>Assuming a role needs a network transport.</source>
        <translation>Để đảm nhận vai trò cần có lớp truyền tải mạng.</translation>
    </message>
    <message>
        <source>Profile %1 refers to sso-session %2, which is not in the config file.</source>
        <translation>Hồ sơ %1 tham chiếu đến sso-session %2, nhưng mục này không có trong tệp cấu hình.</translation>
    </message>
    <message>
        <source>Profile %1 is an SSO profile but lacks sso_account_id, sso_role_name or sso_region.</source>
        <translation>Hồ sơ %1 là hồ sơ SSO nhưng thiếu sso_account_id, sso_role_name hoặc sso_region.</translation>
    </message>
    <message>
        <source>Signing in with SSO needs a network transport.</source>
        <translation>Để đăng nhập bằng SSO cần có lớp truyền tải mạng.</translation>
    </message>
    <message>
        <source>Profile %1 has only one of aws_access_key_id and aws_secret_access_key.</source>
        <translation>Hồ sơ %1 chỉ có một trong hai khóa aws_access_key_id và aws_secret_access_key.</translation>
    </message>
    <message>
        <source>Profile %1 has no credentials: no keys, role_arn, SSO settings or credential_process.</source>
        <translation>Hồ sơ %1 không có thông tin xác thực: không có khóa, role_arn, thiết lập SSO hay credential_process.</translation>
    </message>
    <message>
        <source>No region is set: pass --region, set AWS_REGION or add region to profile %1.</source>
        <translation>Chưa đặt khu vực: hãy truyền --region, đặt AWS_REGION hoặc thêm region vào hồ sơ %1.</translation>
    </message>
    <message>
        <source>No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile.</source>
        <translation>Không có thông tin xác thực AWS: hãy đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY, hoặc cấu hình một hồ sơ.</translation>
    </message>
    <message>
        <source>credential_process %1</source>
        <translation>credential_process %1</translation>
    </message>
    <message>
        <source>credential_process printed invalid JSON: %1</source>
        <translation>credential_process đã in ra JSON không hợp lệ: %1</translation>
    </message>
    <message>
        <source>credential_process must print Version 1.</source>
        <translation>credential_process phải in ra Version 1.</translation>
    </message>
    <message>
        <source>credential_process did not print AccessKeyId and SecretAccessKey.</source>
        <translation>credential_process không in ra AccessKeyId và SecretAccessKey.</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process đang trống.</translation>
    </message>
    <message>
        <source>credential_process did not finish within %1 ms.</source>
        <translation>credential_process không kết thúc trong vòng %1 ms.</translation>
    </message>
    <message>
        <source>credential_process could not start: %1</source>
        <translation>Không thể khởi động credential_process: %1</translation>
    </message>
    <message>
        <source>credential_process exited with code %1: %2</source>
        <translation>credential_process đã thoát với mã %1: %2</translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation>đảm nhận vai trò %1</translation>
    </message>
    <message>
        <source>The network transport is gone.</source>
        <translation>Lớp truyền tải mạng không còn nữa.</translation>
    </message>
    <message>
        <source>Assuming role %1 failed: %2</source>
        <translation>Đảm nhận vai trò %1 thất bại: %2</translation>
    </message>
    <message>
        <source>SSO %1 / %2</source>
        <translation>SSO %1 / %2</translation>
    </message>
    <message>
        <source>run &apos;aws sso login --profile %1&apos; to sign in again</source>
        <translation>hãy chạy &apos;aws sso login --profile %1&apos; để đăng nhập lại</translation>
    </message>
    <message>
        <source>No SSO sign-in was found: %1.</source>
        <translation>Không tìm thấy phiên đăng nhập SSO: %1.</translation>
    </message>
    <message>
        <source>The cached SSO sign-in is unreadable: %1.</source>
        <translation>Không đọc được phiên đăng nhập SSO đã lưu trong bộ nhớ đệm: %1.</translation>
    </message>
    <message>
        <source>The SSO session expired at %1: %2.</source>
        <translation>Phiên SSO đã hết hạn lúc %1: %2.</translation>
    </message>
    <message>
        <source>The SSO portal refused the sign-in: %1.</source>
        <translation>Cổng SSO đã từ chối đăng nhập: %1.</translation>
    </message>
    <message>
        <source>A web identity token file (%1) is configured but no role: set role_arn in the profile or AWS_ROLE_ARN.</source>
        <translation>Đã cấu hình tệp token danh tính web (%1) nhưng không có vai trò: hãy đặt role_arn trong hồ sơ hoặc AWS_ROLE_ARN.</translation>
    </message>
    <message>
        <source>Assuming a role with web identity needs a network transport.</source>
        <translation>Để đảm nhận vai trò bằng danh tính web cần có lớp truyền tải mạng.</translation>
    </message>
    <message>
        <source>assume role %1 with web identity</source>
        <translation>đảm nhận vai trò %1 bằng danh tính web</translation>
    </message>
    <message>
        <source>The web identity token file %1 cannot be read: %2.</source>
        <translation>Không đọc được tệp token danh tính web %1: %2.</translation>
    </message>
    <message>
        <source>The web identity token file %1 is empty.</source>
        <translation>Tệp token danh tính web %1 trống.</translation>
    </message>
    <message>
        <source>Assuming role %1 with a web identity token failed: %2</source>
        <translation>Đảm nhận vai trò %1 bằng token danh tính web không thành công: %2</translation>
    </message>
</context>
<context>
    <name>DeploymentHistory</name>
    <message>
        <source>No deployment of %1 deployed revision %2.</source>
        <translation>Không có đợt triển khai nào của %1 đã triển khai bản sửa đổi %2.</translation>
    </message>
    <message>
        <source>%1 has no earlier successful deployment to roll back to.</source>
        <translation>%1 không có đợt triển khai thành công nào trước đó để khôi phục về.</translation>
    </message>
    <message>
        <source>%1 already runs revision %2.</source>
        <translation>%1 hiện đã chạy bản sửa đổi %2.</translation>
    </message>
</context>
<context>
    <name>EcrCommand</name>
    <message>
        <source>List ECR repositories or a repository&apos;s images as JSON or CSV</source>
        <translation>Liệt kê các kho lưu trữ ECR hoặc các image của một kho lưu trữ dưới dạng JSON hoặc CSV</translation>
    </message>
    <message>
        <source>ecsdesk-cli ecr: %1</source>
        <translation>ecsdesk-cli ecr: %1</translation>
    </message>
    <message>
        <source>List the ECR repositories of an account and region (with their image count and size), or the images of one repository (tags, size, push and pull times, scan findings by severity), as JSON or CSV.</source>
        <translation>Liệt kê các kho lưu trữ ECR của một tài khoản và khu vực (kèm số lượng image và kích thước), hoặc các image của một kho lưu trữ (thẻ, kích thước, thời điểm đẩy lên và kéo về, kết quả quét theo mức độ nghiêm trọng), dưới dạng JSON hoặc CSV.</translation>
    </message>
    <message>
        <source>repositories or images</source>
        <translation>repositories hoặc images</translation>
    </message>
    <message>
        <source>The repository whose images to list (images).</source>
        <translation>Kho lưu trữ có các image cần liệt kê (dùng với images).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Định dạng đầu ra: json (mặc định) hoặc csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>say what to list: repositories or images</source>
        <translation>hãy chỉ định nội dung cần liệt kê: repositories hoặc images</translation>
    </message>
    <message>
        <source>images needs --repository</source>
        <translation>images cần có --repository</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format phải là json hoặc csv, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ecsdesk-cli ecr: cannot write to stdout</source>
        <translation>ecsdesk-cli ecr: không thể ghi ra stdout</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::FleetExport</name>
    <message>
        <source>CONNECTION</source>
        <translation>KẾT NỐI</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>KHU VỰC</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CỤM</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>DỊCH VỤ</translation>
    </message>
    <message>
        <source>BELOW</source>
        <translation>DƯỚI MỨC</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>TRIỂN KHAI LỖI</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>ĐANG CHẠY</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>ĐANG CHỜ</translation>
    </message>
    <message>
        <source>PROVISIONING</source>
        <translation>ĐANG CẤP PHÁT</translation>
    </message>
    <message>
        <source>STOPPED 1H</source>
        <translation>ĐÃ DỪNG 1 GIỜ</translation>
    </message>
    <message>
        <source>INSTANCES</source>
        <translation>PHIÊN BẢN</translation>
    </message>
    <message>
        <source>ALARMS</source>
        <translation>CẢNH BÁO</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::ReplyGuard</name>
    <message>
        <source>unknown error</source>
        <translation>lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::ScheduleExpression</name>
    <message>
        <source>Time zone %1 is not a valid IANA time zone</source>
        <translation>Múi giờ %1 không phải là múi giờ IANA hợp lệ</translation>
    </message>
    <message>
        <source>Schedule must be at(...), rate(...) or cron(...), got &apos;%1&apos;</source>
        <translation>Lịch phải có dạng at(...), rate(...) hoặc cron(...), nhưng nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Invalid at() expression &apos;%1&apos;: use yyyy-mm-ddThh:mm:ss</source>
        <translation>Biểu thức at() &apos;%1&apos; không hợp lệ: hãy dùng yyyy-mm-ddThh:mm:ss</translation>
    </message>
    <message>
        <source>Invalid rate() expression &apos;%1&apos;: use rate(N minutes|hours|days)</source>
        <translation>Biểu thức rate() &apos;%1&apos; không hợp lệ: hãy dùng rate(N minutes|hours|days)</translation>
    </message>
    <message>
        <source>Invalid cron() expression &apos;%1&apos;: use cron(minutes hours day-of-month month day-of-week year)</source>
        <translation>Biểu thức cron() &apos;%1&apos; không hợp lệ: hãy dùng cron(phút giờ ngày-trong-tháng tháng ngày-trong-tuần năm)</translation>
    </message>
    <message>
        <source>Invalid Schedule Expression %1.</source>
        <translation>Biểu thức lịch %1 không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::StepAdjustments</name>
    <message>
        <source>StepAdjustments must contain at least one step adjustment for a StepScaling policy</source>
        <translation>StepAdjustments phải chứa ít nhất một điều chỉnh bậc cho chính sách StepScaling</translation>
    </message>
    <message>
        <source>There can be at most %1 step adjustments per scaling policy</source>
        <translation>Mỗi chính sách điều chỉnh quy mô có tối đa %1 điều chỉnh bậc</translation>
    </message>
    <message>
        <source>Both lower and upper bounds of a step adjustment cannot be left unspecified</source>
        <translation>Không được để trống cả cận dưới lẫn cận trên của một điều chỉnh bậc</translation>
    </message>
    <message>
        <source>The lower bound of a step adjustment must be less than its upper bound (lower bound %1, upper bound %2)</source>
        <translation>Cận dưới của một điều chỉnh bậc phải nhỏ hơn cận trên (cận dưới %1, cận trên %2)</translation>
    </message>
    <message>
        <source>ScalingAdjustment must be non-negative for the ExactCapacity adjustment type</source>
        <translation>ScalingAdjustment không được âm với kiểu điều chỉnh ExactCapacity</translation>
    </message>
    <message>
        <source>At most one StepAdjustment may have an unspecified lower bound</source>
        <translation>Chỉ tối đa một StepAdjustment được để trống cận dưới</translation>
    </message>
    <message>
        <source>At most one StepAdjustment may have an unspecified upper bound</source>
        <translation>Chỉ tối đa một StepAdjustment được để trống cận trên</translation>
    </message>
    <message>
        <source>There must be a StepAdjustment with an unspecified lower bound (i.e., lower bound is null) when one StepAdjustment has a negative lower bound</source>
        <translation>Phải có một StepAdjustment để trống cận dưới (tức là cận dưới là null) khi có một StepAdjustment có cận dưới âm</translation>
    </message>
    <message>
        <source>There must be a StepAdjustment with an unspecified upper bound (i.e., upper bound is null) when one StepAdjustment has a positive upper bound</source>
        <translation>Phải có một StepAdjustment để trống cận trên (tức là cận trên là null) khi có một StepAdjustment có cận trên dương</translation>
    </message>
    <message>
        <source>StepAdjustment intervals cannot overlap</source>
        <translation>Các khoảng StepAdjustment không được chồng lấn nhau</translation>
    </message>
    <message>
        <source>StepAdjustment intervals cannot have gaps between them</source>
        <translation>Giữa các khoảng StepAdjustment không được có khoảng trống</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::AlarmLines</name>
    <message>
        <source>%1: target %2</source>
        <translation>%1: mục tiêu %2</translation>
    </message>
    <message>
        <source>%1: alarm %2 at %3</source>
        <translation>%1: cảnh báo %2 ở mức %3</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::AlarmModel</name>
    <message>
        <source>%1 %2 %3 %4, %5 of %6 × %7 s</source>
        <translation>%1 %2 %3 %4, %5 trên %6 × %7 giây</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>phép toán chỉ số</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>(cụm)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Đã bật</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã tắt</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ClusterModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tác vụ đang chạy</translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation>Tác vụ đang chờ</translation>
    </message>
    <message>
        <source>Container instances</source>
        <translation>Phiên bản container</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>Nhà cung cấp dung lượng</translation>
    </message>
    <message>
        <source>Default strategy</source>
        <translation>Chiến lược mặc định</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ContainerInstanceModel</name>
    <message>
        <source>connected</source>
        <translation>đã kết nối</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Tác nhân</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tác vụ đang chạy</translation>
    </message>
    <message>
        <source>CPU used</source>
        <translation>CPU đã dùng</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Bộ nhớ đã dùng</translation>
    </message>
    <message>
        <source>Container instance %1</source>
        <translation>Container instance %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrImageIndex</name>
    <message>
        <source>tags %1, %2</source>
        <translation>thẻ %1, %2</translation>
    </message>
    <message>
        <source>tag %1, %2</source>
        <translation>thẻ %1, %2</translation>
    </message>
    <message>
        <source>There is no ECR repository %1 in this account and region.</source>
        <translation>Không có kho lưu trữ ECR %1 trong tài khoản và khu vực này.</translation>
    </message>
    <message>
        <source>The repository %1 has no image tagged %2.</source>
        <translation>Kho lưu trữ %1 không có image nào được gắn thẻ %2.</translation>
    </message>
    <message>
        <source>The repository %1 has no image %2.</source>
        <translation>Kho lưu trữ %1 không có image %2.</translation>
    </message>
    <message numerus="yes">
        <source>This image has %n critical vulnerability finding(s) in its last scan.</source>
        <translation>
            <numerusform>Lần quét gần nhất phát hiện %n lỗ hổng nghiêm trọng trong image này.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrImageModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;untagged&gt;</source>
        <translation>&lt;không có thẻ&gt;</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Mã băm</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Đẩy lên lúc</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation>Lần kéo gần nhất</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Được dùng bởi</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrRepositoryModel</name>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>Bất biến</translation>
    </message>
    <message>
        <source>Mutable</source>
        <translation>Có thể thay đổi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Số image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Scan on push</source>
        <translation>Quét khi đẩy lên</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ExecPreflightModel</name>
    <message>
        <source>AWS CLI</source>
        <translation>AWS CLI</translation>
    </message>
    <message>
        <source>Not found on PATH.</source>
        <translation>Không tìm thấy trong PATH.</translation>
    </message>
    <message>
        <source>Install the AWS CLI version 2 (see &quot;Installing or updating the latest version of the AWS CLI&quot; in the AWS CLI user guide) and make sure `aws` is on PATH.</source>
        <translation>Cài đặt AWS CLI phiên bản 2 (xem mục &quot;Cài đặt hoặc cập nhật phiên bản mới nhất của AWS CLI&quot; trong hướng dẫn sử dụng AWS CLI) và đảm bảo `aws` nằm trong PATH.</translation>
    </message>
    <message>
        <source>Found, but its version could not be read: %1</source>
        <translation>Đã tìm thấy, nhưng không đọc được phiên bản: %1</translation>
    </message>
    <message>
        <source>Version %1 has no ECS Exec.</source>
        <translation>Phiên bản %1 không có ECS Exec.</translation>
    </message>
    <message>
        <source>Update the AWS CLI to %1 or later (version 1: %2 or later).</source>
        <translation>Cập nhật AWS CLI lên %1 trở lên (phiên bản 1: %2 trở lên).</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>Phiên bản %1.</translation>
    </message>
    <message>
        <source>Session Manager plugin</source>
        <translation>Phần bổ trợ Session Manager</translation>
    </message>
    <message>
        <source>Found.</source>
        <translation>Đã tìm thấy.</translation>
    </message>
    <message>
        <source>session-manager-plugin is not on PATH.</source>
        <translation>session-manager-plugin không có trong PATH.</translation>
    </message>
    <message>
        <source>Install the Session Manager plugin for the AWS CLI (see &quot;Install the Session Manager plugin for the AWS CLI&quot; in the AWS Systems Manager user guide).</source>
        <translation>Cài đặt phần bổ trợ Session Manager cho AWS CLI (xem mục &quot;Cài đặt phần bổ trợ Session Manager cho AWS CLI&quot; trong hướng dẫn sử dụng AWS Systems Manager).</translation>
    </message>
    <message>
        <source>Task running</source>
        <translation>Tác vụ đang chạy</translation>
    </message>
    <message>
        <source>The task is %1.</source>
        <translation>Tác vụ đang ở trạng thái %1.</translation>
    </message>
    <message>
        <source>A shell opens only in a running task: choose a running task.</source>
        <translation>Chỉ mở được shell trong tác vụ đang chạy: hãy chọn một tác vụ đang chạy.</translation>
    </message>
    <message>
        <source>Wait until the task is RUNNING.</source>
        <translation>Chờ đến khi tác vụ ở trạng thái RUNNING.</translation>
    </message>
    <message>
        <source>ECS Exec turned on</source>
        <translation>Đã bật ECS Exec</translation>
    </message>
    <message>
        <source>The task was run with enableExecuteCommand.</source>
        <translation>Tác vụ được chạy với enableExecuteCommand.</translation>
    </message>
    <message>
        <source>The task was run without enableExecuteCommand.</source>
        <translation>Tác vụ được chạy mà không có enableExecuteCommand.</translation>
    </message>
    <message>
        <source>Run a new task with ECS Exec turned on (Run Task, or --enable-execute-command).</source>
        <translation>Chạy một tác vụ mới có bật ECS Exec (Chạy tác vụ, hoặc --enable-execute-command).</translation>
    </message>
    <message>
        <source>Enable ECS Exec on service %1: its new deployment replaces the tasks with ones that have it.</source>
        <translation>Bật ECS Exec cho dịch vụ %1: đợt triển khai mới của dịch vụ sẽ thay các tác vụ bằng tác vụ có bật tính năng này.</translation>
    </message>
    <message>
        <source>ExecuteCommandAgent</source>
        <translation>ExecuteCommandAgent</translation>
    </message>
    <message>
        <source>The task has more than one container: choose one.</source>
        <translation>Tác vụ có nhiều hơn một container: hãy chọn một container.</translation>
    </message>
    <message>
        <source>The task has no container %1.</source>
        <translation>Tác vụ không có container %1.</translation>
    </message>
    <message>
        <source>Choose one of the task&apos;s containers.</source>
        <translation>Chọn một trong các container của tác vụ.</translation>
    </message>
    <message>
        <source>RUNNING in container %1.</source>
        <translation>RUNNING trong container %1.</translation>
    </message>
    <message>
        <source>Container %1 has no ExecuteCommandAgent.</source>
        <translation>Container %1 không có ExecuteCommandAgent.</translation>
    </message>
    <message>
        <source>Turn on ECS Exec for the task (see above); the agent starts with the container.</source>
        <translation>Bật ECS Exec cho tác vụ (xem ở trên); tác nhân sẽ khởi động cùng container.</translation>
    </message>
    <message>
        <source>%1 in container %2.</source>
        <translation>%1 trong container %2.</translation>
    </message>
    <message>
        <source>Wait a moment for the agent to start, then check again.</source>
        <translation>Chờ một lát để tác nhân khởi động, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>The agent stopped: check that the task role allows ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel, then start a new task.</source>
        <translation>Tác nhân đã dừng: hãy kiểm tra vai trò tác vụ có cho phép ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel và OpenDataChannel không, rồi khởi chạy một tác vụ mới.</translation>
    </message>
    <message>
        <source>Fargate platform version</source>
        <translation>Phiên bản nền tảng Fargate</translation>
    </message>
    <message>
        <source>Not a Fargate task: no platform version needed.</source>
        <translation>Không phải tác vụ Fargate: không cần phiên bản nền tảng.</translation>
    </message>
    <message>
        <source>The task names no platform version.</source>
        <translation>Tác vụ không chỉ định phiên bản nền tảng.</translation>
    </message>
    <message>
        <source>%1: ECS Exec needs 1.4.0 or later.</source>
        <translation>%1: ECS Exec cần phiên bản 1.4.0 trở lên.</translation>
    </message>
    <message>
        <source>Run the task (or update the service) on platform version 1.4.0 or LATEST.</source>
        <translation>Chạy tác vụ (hoặc cập nhật dịch vụ) trên phiên bản nền tảng 1.4.0 hoặc LATEST.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Task role</source>
        <translation>Vai trò tác vụ</translation>
    </message>
    <message>
        <source>The task definition was not read.</source>
        <translation>Chưa đọc được định nghĩa tác vụ.</translation>
    </message>
    <message>
        <source>The task has no task role.</source>
        <translation>Tác vụ không có vai trò tác vụ.</translation>
    </message>
    <message>
        <source>Give the task definition a task role (taskRoleArn) that allows ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel, and deploy it.</source>
        <translation>Gán cho định nghĩa tác vụ một vai trò tác vụ (taskRoleArn) cho phép ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel và OpenDataChannel, rồi triển khai định nghĩa đó.</translation>
    </message>
    <message>
        <source>Cluster execute command configuration</source>
        <translation>Cấu hình thực thi lệnh của cụm</translation>
    </message>
    <message>
        <source>The cluster&apos;s configuration was not read.</source>
        <translation>Chưa đọc được cấu hình của cụm.</translation>
    </message>
    <message>
        <source>Logging: %1.</source>
        <translation>Ghi nhật ký: %1.</translation>
    </message>
    <message>
        <source>No KMS key: the session is encrypted with TLS only.</source>
        <translation>Không có khóa KMS: phiên chỉ được mã hóa bằng TLS.</translation>
    </message>
    <message>
        <source>KMS key %1.</source>
        <translation>Khóa KMS %1.</translation>
    </message>
    <message>
        <source>The task role needs kms:Decrypt on %1.</source>
        <translation>Vai trò tác vụ cần quyền kms:Decrypt trên %1.</translation>
    </message>
    <message>
        <source>The task role needs logs:CreateLogStream, logs:DescribeLogStreams and logs:PutLogEvents on log group %1.</source>
        <translation>Vai trò tác vụ cần quyền logs:CreateLogStream, logs:DescribeLogStreams và logs:PutLogEvents trên nhóm nhật ký %1.</translation>
    </message>
    <message>
        <source>The task role needs s3:PutObject on bucket %1.</source>
        <translation>Vai trò tác vụ cần quyền s3:PutObject trên bucket %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cách khắc phục</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::FleetOverviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Below desired</source>
        <translation>Dưới mức mong muốn</translation>
    </message>
    <message>
        <source>Failed deployments</source>
        <translation>Triển khai thất bại</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Đang cấp phát</translation>
    </message>
    <message>
        <source>Stopped (1 h)</source>
        <translation>Đã dừng (1 giờ)</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::LoadBalancerRouteModel</name>
    <message>
        <source>no targets</source>
        <translation>không có mục tiêu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number of targets, %2 an ELB target state (healthy, unhealthy, draining, initial, ...)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>%1 every %2 s, healthy after %3, unhealthy after %4</source>
        <translation>%1 mỗi %2 giây, khỏe mạnh sau %3 lần, không khỏe mạnh sau %4 lần</translation>
    </message>
    <message>
        <source>, codes %1</source>
        <translation>, mã %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Bộ cân bằng tải</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Trình nghe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Kiểm tra tình trạng</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>Tên DNS</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::MarkerLoader</name>
    <message>
        <source>%1: deployment started (%2)</source>
        <translation>%1: bắt đầu triển khai (%2)</translation>
    </message>
    <message>
        <source>%1: deployment finished (%2)</source>
        <translation>%1: hoàn tất triển khai (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ScalingForms</name>
    <message>
        <source>The %1 needs a name.</source>
        <translation>Cần đặt tên cho %1.</translation>
    </message>
    <message>
        <source>The %1&apos;s name is longer than 256 characters.</source>
        <translation>Tên của %1 dài hơn 256 ký tự.</translation>
    </message>
    <message>
        <source>The %1&apos;s name has a character that is not printable.</source>
        <translation>Tên của %1 có ký tự không in được.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 không được là số âm.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ScheduleForm</name>
    <message>
        <source>Every minute</source>
        <translation>Mỗi phút</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Mỗi %1 phút</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Mỗi giờ</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Mỗi %1 giờ</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Mỗi ngày</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Mỗi %1 ngày</translation>
    </message>
    <message>
        <source>Once at %1</source>
        <translation>Một lần lúc %1</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Hằng ngày lúc %1</translation>
    </message>
    <message>
        <source>Monday to Friday at %1</source>
        <translation>Thứ Hai đến thứ Sáu lúc %1</translation>
    </message>
    <message>
        <source>At %1 on %2</source>
        <translation>Lúc %1 vào %2</translation>
    </message>
    <message>
        <source>Every hour, on the hour</source>
        <translation>Mỗi giờ, vào đầu giờ</translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation>Mỗi giờ vào phút %1</translation>
    </message>
    <message>
        <source>At %1 on day %2 of the month</source>
        <translation>Lúc %1 vào ngày %2 hằng tháng</translation>
    </message>
    <message>
        <source>At the cron times %1</source>
        <translation>Vào các thời điểm cron %1</translation>
    </message>
    <message>
        <source> (UTC)</source>
        <translation> (UTC)</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Mỗi 5 phút</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Nhập tên.</translation>
    </message>
    <message>
        <source>A name has 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Tên có từ 1 đến 64 ký tự gồm chữ cái, chữ số, &apos;.&apos;, &apos;-&apos; hoặc &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A schedule group has 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Tên nhóm lịch có từ 1 đến 64 ký tự gồm chữ cái, chữ số, &apos;.&apos;, &apos;-&apos; hoặc &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The description is longer than 512 characters.</source>
        <translation>Mô tả dài hơn 512 ký tự.</translation>
    </message>
    <message>
        <source>%1 is not a time zone (an IANA name such as Europe/Berlin).</source>
        <translation>%1 không phải là múi giờ (tên IANA như Europe/Berlin).</translation>
    </message>
    <message>
        <source>EventBridge rules run in UTC: leave the time zone empty.</source>
        <translation>Quy tắc EventBridge chạy theo giờ UTC: hãy để trống múi giờ.</translation>
    </message>
    <message>
        <source>Choose the date and time to run at.</source>
        <translation>Chọn ngày và giờ để chạy.</translation>
    </message>
    <message>
        <source>Enter an at(), rate() or cron() expression.</source>
        <translation>Nhập biểu thức at(), rate() hoặc cron().</translation>
    </message>
    <message>
        <source>EventBridge rules have no at(): make it a schedule.</source>
        <translation>Quy tắc EventBridge không hỗ trợ at(): hãy chuyển thành lịch.</translation>
    </message>
    <message>
        <source>That time has passed: the schedule would never run.</source>
        <translation>Thời điểm đó đã qua: lịch sẽ không bao giờ chạy.</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>Ngày kết thúc phải sau ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The end date has passed: the schedule would never run.</source>
        <translation>Ngày kết thúc đã qua: lịch sẽ không bao giờ chạy.</translation>
    </message>
    <message>
        <source>A flexible time window is 1 to 1440 minutes (0: off).</source>
        <translation>Khung thời gian linh hoạt từ 1 đến 1440 phút (0: tắt).</translation>
    </message>
    <message>
        <source>Open a cluster to run the task in.</source>
        <translation>Mở một cụm để chạy tác vụ trong đó.</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>Chọn một định nghĩa tác vụ.</translation>
    </message>
    <message>
        <source>A schedule runs 1 to 10 tasks.</source>
        <translation>Mỗi lịch chạy từ 1 đến 10 tác vụ.</translation>
    </message>
    <message>
        <source>A rule runs at least 1 task.</source>
        <translation>Mỗi quy tắc chạy ít nhất 1 tác vụ.</translation>
    </message>
    <message>
        <source>Name at least one capacity provider.</source>
        <translation>Nhập ít nhất một nhà cung cấp dung lượng.</translation>
    </message>
    <message>
        <source>A capacity provider needs a name, a weight of 0 to 1000 and a base of 0 to 100000.</source>
        <translation>Mỗi nhà cung cấp dung lượng cần có tên, trọng số từ 0 đến 1000 và giá trị cơ sở từ 0 đến 100000.</translation>
    </message>
    <message>
        <source>Fargate tasks need at least one subnet.</source>
        <translation>Tác vụ Fargate cần ít nhất một mạng con.</translation>
    </message>
    <message>
        <source>%1 is not a subnet id (subnet-...).</source>
        <translation>%1 không phải là ID mạng con (subnet-...).</translation>
    </message>
    <message>
        <source>%1 is not a security group id (sg-...).</source>
        <translation>%1 không phải là ID nhóm bảo mật (sg-...).</translation>
    </message>
    <message>
        <source>At most 16 subnets and 5 security groups.</source>
        <translation>Tối đa 16 mạng con và 5 nhóm bảo mật.</translation>
    </message>
    <message>
        <source>Security groups and a public IP need subnets.</source>
        <translation>Nhóm bảo mật và IP công khai cần có mạng con.</translation>
    </message>
    <message>
        <source>The input is not JSON: %1 (at character %2).</source>
        <translation>Đầu vào không phải JSON: %1 (tại ký tự %2).</translation>
    </message>
    <message>
        <source>The input is a JSON object, e.g. {&quot;containerOverrides&quot;: [...]}.</source>
        <translation>Đầu vào phải là một đối tượng JSON, ví dụ {&quot;containerOverrides&quot;: [...]}.</translation>
    </message>
    <message>
        <source>containerOverrides is a list of containers.</source>
        <translation>containerOverrides là một danh sách container.</translation>
    </message>
    <message>
        <source>Each container override names its container (&quot;name&quot;).</source>
        <translation>Mỗi mục ghi đè container phải nêu tên container của nó (&quot;name&quot;).</translation>
    </message>
    <message>
        <source>The role is an IAM role ARN (arn:aws:iam::123456789012:role/name).</source>
        <translation>Vai trò phải là ARN của vai trò IAM (arn:aws:iam::123456789012:role/name).</translation>
    </message>
    <message>
        <source>Retry attempts are 0 to 185.</source>
        <translation>Số lần thử lại từ 0 đến 185.</translation>
    </message>
    <message>
        <source>The maximum event age is 60 to 86400 seconds.</source>
        <translation>Tuổi tối đa của sự kiện từ 60 đến 86400 giây.</translation>
    </message>
    <message>
        <source>Write capacity providers as name:weight:base, separated by commas.</source>
        <translation>Ghi các nhà cung cấp dung lượng dưới dạng tên:trọng số:cơ sở, phân tách bằng dấu phẩy.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ScheduledActionForm</name>
    <message>
        <source>scheduled action</source>
        <translation>hành động theo lịch</translation>
    </message>
    <message>
        <source>A scheduled action&apos;s name cannot contain &apos;:&apos;, &apos;/&apos; or &apos;|&apos; nor start or end with a space.</source>
        <translation>Tên hành động theo lịch không được chứa &apos;:&apos;, &apos;/&apos; hoặc &apos;|&apos;, và không được bắt đầu hoặc kết thúc bằng dấu cách.</translation>
    </message>
    <message>
        <source>The schedule is not an at(), rate() or cron() expression.</source>
        <translation>Lịch không phải là biểu thức at(), rate() hoặc cron().</translation>
    </message>
    <message>
        <source>%1 is not a time zone.</source>
        <translation>%1 không phải là múi giờ.</translation>
    </message>
    <message>
        <source>A scheduled action sets a minimum capacity, a maximum capacity or both.</source>
        <translation>Hành động theo lịch phải đặt dung lượng tối thiểu, dung lượng tối đa hoặc cả hai.</translation>
    </message>
    <message>
        <source>The minimum capacity cannot be greater than the maximum.</source>
        <translation>Dung lượng tối thiểu không được lớn hơn dung lượng tối đa.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Thời điểm kết thúc phải sau thời điểm bắt đầu.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ServiceForm</name>
    <message>
        <source>Enter a name for the service.</source>
        <translation>Nhập tên cho dịch vụ.</translation>
    </message>
    <message>
        <source>Up to 255 letters (uppercase and lowercase), numbers, hyphens and underscores are allowed.</source>
        <translation>Cho phép tối đa 255 chữ cái (hoa và thường), chữ số, dấu gạch nối và dấu gạch dưới.</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>Chọn một định nghĩa tác vụ.</translation>
    </message>
    <message>
        <source>Enter at least one subnet.</source>
        <translation>Nhập ít nhất một mạng con.</translation>
    </message>
    <message>
        <source>Enter the capacity provider&apos;s name.</source>
        <translation>Nhập tên nhà cung cấp dung lượng.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>Đây không phải JSON hợp lệ: %1 (tại ký tự %2).</translation>
    </message>
    <message>
        <source>Enter a JSON object ({ … }).</source>
        <translation>Nhập một đối tượng JSON ({ … }).</translation>
    </message>
    <message>
        <source>Enter a JSON list ([ { … } ]).</source>
        <translation>Nhập một danh sách JSON ([ { … } ]).</translation>
    </message>
    <message>
        <source>Each element of the list must be a JSON object ({ … }).</source>
        <translation>Mỗi phần tử của danh sách phải là một đối tượng JSON ({ … }).</translation>
    </message>
    <message>
        <source>Element %1 lacks the required %2.</source>
        <translation>Phần tử %1 thiếu %2 bắt buộc.</translation>
    </message>
    <message>
        <source>It lacks the required %1.</source>
        <translation>Thiếu %1 bắt buộc.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ServiceModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Mong muốn</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Launch type</source>
        <translation>Kiểu khởi chạy</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Tiến trình triển khai</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::StepPolicyForm</name>
    <message>
        <source>policy</source>
        <translation>chính sách</translation>
    </message>
    <message>
        <source>The adjustment type must be one of %1.</source>
        <translation>Kiểu điều chỉnh phải là một trong %1.</translation>
    </message>
    <message>
        <source>The cooldown</source>
        <translation>Thời gian chờ</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude is only supported with the PercentChangeInCapacity adjustment type.</source>
        <translation>MinAdjustmentMagnitude chỉ được hỗ trợ với kiểu điều chỉnh PercentChangeInCapacity.</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude must be at least 1.</source>
        <translation>MinAdjustmentMagnitude phải ít nhất là 1.</translation>
    </message>
    <message>
        <source>The metric aggregation type must be one of %1.</source>
        <translation>Kiểu tổng hợp chỉ số phải là một trong %1.</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>The alarm needs a metric namespace and name.</source>
        <translation>Cảnh báo cần có không gian tên và tên chỉ số.</translation>
    </message>
    <message>
        <source>The comparison must be one of %1.</source>
        <translation>Phép so sánh phải là một trong %1.</translation>
    </message>
    <message>
        <source>The alarm period must be 10, 20, 30 or a multiple of 60 seconds.</source>
        <translation>Chu kỳ cảnh báo phải là 10, 20, 30 giây hoặc bội số của 60 giây.</translation>
    </message>
    <message>
        <source>The alarm needs at least one evaluation period.</source>
        <translation>Cảnh báo cần ít nhất một chu kỳ đánh giá.</translation>
    </message>
    <message>
        <source>The datapoints to alarm cannot be more than the evaluation periods.</source>
        <translation>Số điểm dữ liệu để cảnh báo không được nhiều hơn số chu kỳ đánh giá.</translation>
    </message>
    <message>
        <source>Runs the step scaling policy %1 of %2.</source>
        <translation>Chạy chính sách điều chỉnh theo bậc %1 của %2.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::StoppedTaskGroupModel</name>
    <message>
        <source>(no reason given)</source>
        <translation>(không có lý do)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n tác vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) stopped with: %1</source>
        <translation>
            <numerusform>%n tác vụ đã dừng với lý do: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TargetTrackingForm</name>
    <message>
        <source>policy</source>
        <translation>chính sách</translation>
    </message>
    <message>
        <source>%1 is not a predefined metric of ECS services.</source>
        <translation>%1 không phải là chỉ số định sẵn của dịch vụ ECS.</translation>
    </message>
    <message>
        <source>ALBRequestCountPerTarget needs the resource label of the load balancer&apos;s target group (app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;).</source>
        <translation>ALBRequestCountPerTarget cần nhãn tài nguyên của nhóm mục tiêu thuộc bộ cân bằng tải (app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The resource label is not of the form app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;.</source>
        <translation>Nhãn tài nguyên không có dạng app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>A customized metric needs a namespace and a metric name.</source>
        <translation>Chỉ số tùy chỉnh cần có không gian tên và tên chỉ số.</translation>
    </message>
    <message>
        <source>The statistic must be one of %1.</source>
        <translation>Thống kê phải là một trong %1.</translation>
    </message>
    <message>
        <source>The target value must be greater than 0.</source>
        <translation>Giá trị mục tiêu phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>The scale-out cooldown</source>
        <translation>Thời gian chờ khi mở rộng quy mô</translation>
    </message>
    <message>
        <source>The scale-in cooldown</source>
        <translation>Thời gian chờ khi thu nhỏ quy mô</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskDefinitionDocument</name>
    <message>
        <source>Edit JSON</source>
        <translation>Sửa JSON</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Đặt %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Thêm vào %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Xóa khỏi %1</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>Sắp xếp lại %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskDefinitionTreeModel</name>
    <message>
        <source>%1 active, %2 inactive</source>
        <translation>%1 đang hoạt động, %2 không hoạt động</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Family / revision</source>
        <translation>Họ / bản sửa đổi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Chế độ mạng</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ngày đăng ký</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskFamilyResolver</name>
    <message>
        <source>No ECS connection to look up the task.</source>
        <translation>Không có kết nối ECS để tra cứu tác vụ.</translation>
    </message>
    <message>
        <source>Task %1 was not found (%2).</source>
        <translation>Không tìm thấy tác vụ %1 (%2).</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskModel</name>
    <message>
        <source>Task</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Trạng thái gần nhất</translation>
    </message>
    <message>
        <source>Desired status</source>
        <translation>Trạng thái mong muốn</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Stopped reason</source>
        <translation>Lý do dừng</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Mã thoát</translation>
    </message>
    <message>
        <source>Container instance %1</source>
        <translation>Container instance %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP riêng</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP công khai</translation>
    </message>
    <message>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Mạng con</translation>
    </message>
    <message>
        <source>Host ports</source>
        <translation>Cổng máy chủ</translation>
    </message>
    <message>
        <source>Target health</source>
        <translation>Tình trạng mục tiêu</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TimestampFormat</name>
    <message>
        <source>just now</source>
        <comment>age of a point in time</comment>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>age of a point in time, in minutes</comment>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n tháng trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n năm trước</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a local date and time, then its age: 03/12/2026 09:12 (3 min ago)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Rules</name>
    <message>
        <source>When networkMode=awsvpc, the host ports and container ports in port mappings must match.</source>
        <translation>Khi networkMode=awsvpc, cổng máy chủ và cổng container trong ánh xạ cổng phải khớp nhau.</translation>
    </message>
    <message>
        <source>When networkMode=host, the host ports and container ports in port mappings must match.</source>
        <translation>Khi networkMode=host, cổng máy chủ và cổng container trong ánh xạ cổng phải khớp nhau.</translation>
    </message>
    <message>
        <source>Family contains invalid characters: up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.</source>
        <translation>Họ chứa ký tự không hợp lệ: cho phép tối đa 255 chữ cái (hoa và thường), chữ số, dấu gạch nối và dấu gạch dưới.</translation>
    </message>
    <message>
        <source>Container list cannot be empty.</source>
        <translation>Danh sách container không được để trống.</translation>
    </message>
    <message>
        <source>Too many containers.</source>
        <translation>Quá nhiều container.</translation>
    </message>
    <message>
        <source>Invalid &apos;cpu&apos; setting for task.</source>
        <translation>Thiết lập &apos;cpu&apos; của tác vụ không hợp lệ.</translation>
    </message>
    <message>
        <source>Invalid &apos;memory&apos; setting for task.</source>
        <translation>Thiết lập &apos;memory&apos; của tác vụ không hợp lệ.</translation>
    </message>
    <message>
        <source>Container.name should not be null or empty and may only contain letters, numbers, hyphens and underscores.</source>
        <translation>Container.name không được null hoặc trống và chỉ được chứa chữ cái, chữ số, dấu gạch nối và dấu gạch dưới.</translation>
    </message>
    <message>
        <source>Duplicate container name &apos;%1&apos;.</source>
        <translation>Tên container &apos;%1&apos; bị trùng.</translation>
    </message>
    <message>
        <source>Container.image should not be null or empty.</source>
        <translation>Container.image không được null hoặc trống.</translation>
    </message>
    <message>
        <source>Invalid setting for container &apos;%1&apos;. At least one of &apos;memory&apos; or &apos;memoryReservation&apos; must be specified.</source>
        <translation>Thiết lập không hợp lệ cho container &apos;%1&apos;. Phải chỉ định ít nhất một trong &apos;memory&apos; hoặc &apos;memoryReservation&apos;.</translation>
    </message>
    <message>
        <source>Invalid setting for container &apos;%1&apos;. &apos;memory&apos; must be greater than or equal to &apos;memoryReservation&apos;.</source>
        <translation>Thiết lập không hợp lệ cho container &apos;%1&apos;. &apos;memory&apos; phải lớn hơn hoặc bằng &apos;memoryReservation&apos;.</translation>
    </message>
    <message>
        <source>Fargate requires task definition to have execution role ARN to support log driver awslogs.</source>
        <translation>Fargate yêu cầu định nghĩa tác vụ có ARN vai trò thực thi để hỗ trợ trình điều khiển nhật ký awslogs.</translation>
    </message>
    <message>
        <source>The sum of all container &apos;cpu&apos; values cannot be greater than the value of the task &apos;cpu&apos;.</source>
        <translation>Tổng các giá trị &apos;cpu&apos; của container không được lớn hơn giá trị &apos;cpu&apos; của tác vụ.</translation>
    </message>
    <message>
        <source>The sum of all container &apos;memoryReservation&apos; values cannot be greater than the value of the task &apos;memory&apos;.</source>
        <translation>Tổng các giá trị &apos;memoryReservation&apos; của container không được lớn hơn giá trị &apos;memory&apos; của tác vụ.</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; in the proxy configuration does not match any container in the task definition.</source>
        <translation>Tên container &apos;%1&apos; trong cấu hình proxy không khớp với container nào trong định nghĩa tác vụ.</translation>
    </message>
    <message>
        <source>Fargate only supports network mode &apos;awsvpc&apos;.</source>
        <translation>Fargate chỉ hỗ trợ chế độ mạng &apos;awsvpc&apos;.</translation>
    </message>
    <message>
        <source>Fargate requires that &apos;cpu&apos; be defined at the task level.</source>
        <translation>Fargate yêu cầu &apos;cpu&apos; được định nghĩa ở cấp tác vụ.</translation>
    </message>
    <message>
        <source>Fargate requires that &apos;memory&apos; be defined at the task level.</source>
        <translation>Fargate yêu cầu &apos;memory&apos; được định nghĩa ở cấp tác vụ.</translation>
    </message>
    <message>
        <source>No Fargate configuration exists for given values: %1 CPU, %2 memory. See the Amazon ECS documentation for the valid values.</source>
        <translation>Không có cấu hình Fargate nào cho các giá trị đã cho: %1 CPU, %2 bộ nhớ. Xem tài liệu Amazon ECS để biết các giá trị hợp lệ.</translation>
    </message>
    <message>
        <source>Count must be between 1 and 10.</source>
        <translation>Số lượng phải từ 1 đến 10.</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support a desired count for services.</source>
        <translation>Chiến lược lập lịch daemon không hỗ trợ số lượng mong muốn cho dịch vụ.</translation>
    </message>
    <message>
        <source>Invalid desiredCount: must be at least 0.</source>
        <translation>desiredCount không hợp lệ: phải ít nhất là 0.</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support placement strategies. Remove the placement strategy and try again</source>
        <translation>Chiến lược lập lịch daemon không hỗ trợ chiến lược bố trí. Hãy xóa chiến lược bố trí và thử lại</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support the FARGATE launch type.</source>
        <translation>Chiến lược lập lịch daemon không hỗ trợ kiểu khởi chạy FARGATE.</translation>
    </message>
    <message>
        <source>Invalid desiredCount: must be at most %1 (tasks per service).</source>
        <translation>desiredCount không hợp lệ: không được vượt quá %1 (số tác vụ mỗi dịch vụ).</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support values above 100 for maximumPercent on a deployment configuration. Change the maximumPercent value to 100, and try again</source>
        <translation>Chiến lược lập lịch daemon không hỗ trợ giá trị lớn hơn 100 cho maximumPercent trong cấu hình triển khai. Hãy đổi giá trị maximumPercent thành 100 và thử lại</translation>
    </message>
    <message>
        <source>minimumHealthyPercent must be between 0 and 100.</source>
        <translation>minimumHealthyPercent phải nằm trong khoảng từ 0 đến 100.</translation>
    </message>
    <message>
        <source>maximumPercent must be greater than or equal to minimumHealthyPercent.</source>
        <translation>maximumPercent phải lớn hơn hoặc bằng minimumHealthyPercent.</translation>
    </message>
    <message>
        <source>At least one alarm name is required when alarms are enabled.</source>
        <translation>Cần ít nhất một tên cảnh báo khi bật cảnh báo.</translation>
    </message>
    <message>
        <source>Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.</source>
        <translation>Không hỗ trợ chỉ định đồng thời kiểu khởi chạy và chiến lược nhà cung cấp dung lượng. Hãy xóa một trong hai và thử lại.</translation>
    </message>
    <message>
        <source>Specifying a capacity provider strategy is not supported when you create a service using the DAEMON scheduling strategy.</source>
        <translation>Không hỗ trợ chỉ định chiến lược nhà cung cấp dung lượng khi tạo dịch vụ dùng chiến lược lập lịch DAEMON.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 1000.</source>
        <translation>Trọng số phải nằm trong khoảng từ 0 đến 1000.</translation>
    </message>
    <message>
        <source>The base must be between 0 and 100000.</source>
        <translation>Giá trị cơ sở phải nằm trong khoảng từ 0 đến 100000.</translation>
    </message>
    <message>
        <source>Only one capacity provider in a strategy can have a base defined.</source>
        <translation>Chỉ một nhà cung cấp dung lượng trong chiến lược được phép có giá trị cơ sở.</translation>
    </message>
    <message>
        <source>Assign public IP is not supported for this launch type.</source>
        <translation>Kiểu khởi chạy này không hỗ trợ gán IP công khai.</translation>
    </message>
    <message>
        <source>At most %1 subnets can be specified.</source>
        <translation>Chỉ có thể chỉ định tối đa %1 mạng con.</translation>
    </message>
    <message>
        <source>At most %1 security groups can be specified.</source>
        <translation>Chỉ có thể chỉ định tối đa %1 nhóm bảo mật.</translation>
    </message>
    <message>
        <source>The platform version must be null when specifying an EC2 launch type.</source>
        <translation>Phiên bản nền tảng phải là null khi chỉ định kiểu khởi chạy EC2.</translation>
    </message>
    <message>
        <source>At most %1 placement constraints can be specified.</source>
        <translation>Chỉ có thể chỉ định tối đa %1 ràng buộc bố trí.</translation>
    </message>
    <message>
        <source>A memberOf placement constraint requires an expression.</source>
        <translation>Ràng buộc bố trí memberOf yêu cầu có biểu thức.</translation>
    </message>
    <message>
        <source>A distinctInstance placement constraint does not take an expression.</source>
        <translation>Ràng buộc bố trí distinctInstance không nhận biểu thức.</translation>
    </message>
    <message>
        <source>At most %1 placement strategies can be specified.</source>
        <translation>Chỉ có thể chỉ định tối đa %1 chiến lược bố trí.</translation>
    </message>
    <message>
        <source>The %1 placement strategy requires a field.</source>
        <translation>Chiến lược bố trí %1 yêu cầu có trường.</translation>
    </message>
    <message>
        <source>A load balancer requires a container name.</source>
        <translation>Bộ cân bằng tải yêu cầu có tên container.</translation>
    </message>
    <message>
        <source>A load balancer requires a container port between 1 and 65535.</source>
        <translation>Bộ cân bằng tải yêu cầu cổng container trong khoảng từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>healthCheckGracePeriodSeconds must be at least 0.</source>
        <translation>healthCheckGracePeriodSeconds phải ít nhất là 0.</translation>
    </message>
    <message>
        <source>At most %1 tags can be specified.</source>
        <translation>Chỉ có thể chỉ định tối đa %1 thẻ.</translation>
    </message>
    <message>
        <source>A tag key must be 1 to 128 characters long.</source>
        <translation>Khóa thẻ phải dài từ 1 đến 128 ký tự.</translation>
    </message>
    <message>
        <source>A tag value can be at most 256 characters long.</source>
        <translation>Giá trị thẻ dài tối đa 256 ký tự.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ActionDialog</name>
    <message>
        <source>family:revision (type to search)</source>
        <translation>họ:bản sửa đổi (gõ để tìm)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ActionRegistry</name>
    <message>
        <source>%1 of %2</source>
        <comment>command palette: action of the selected item</comment>
        <translation>%1 của %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::AlarmHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message>
        <source>Alarm history</source>
        <translation>Lịch sử cảnh báo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>lỗi không xác định</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::AlarmsPage</name>
    <message>
        <source>Ala&amp;rms</source>
        <translation>Cảnh &amp;báo</translation>
    </message>
    <message>
        <source>Set Alarm State to &amp;ALARM</source>
        <translation>Đặt trạng thái cảnh báo thành &amp;ALARM</translation>
    </message>
    <message>
        <source>Set Alarm State to &amp;OK</source>
        <translation>Đặt trạng thái cảnh báo thành &amp;OK</translation>
    </message>
    <message>
        <source>&amp;Enable Alarm Actions</source>
        <translation>&amp;Bật hành động cảnh báo</translation>
    </message>
    <message>
        <source>&amp;Disable Alarm Actions</source>
        <translation>&amp;Tắt hành động cảnh báo</translation>
    </message>
    <message>
        <source>Alarm &amp;History…</source>
        <translation>&amp;Lịch sử cảnh báo…</translation>
    </message>
    <message>
        <source>Could not load the alarms: %1</source>
        <translation>Không thể tải các cảnh báo: %1</translation>
    </message>
    <message>
        <source>Set to %1 in ECS Desk</source>
        <translation>Đặt thành %1 trong ECS Desk</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>Đã đặt %1 thành %2.</translation>
    </message>
    <message>
        <source>Enabled the actions of %1.</source>
        <translation>Đã bật hành động của %1.</translation>
    </message>
    <message>
        <source>Disabled the actions of %1.</source>
        <translation>Đã tắt hành động của %1.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CapacityPane</name>
    <message>
        <source>Fargate</source>
        <translation>Fargate</translation>
    </message>
    <message>
        <source>Fargate Spot</source>
        <translation>Fargate Spot</translation>
    </message>
    <message>
        <source>Auto Scaling group</source>
        <translation>Auto Scaling group</translation>
    </message>
    <message>
        <source>&amp;Apply Strategy</source>
        <translation>Á&amp;p dụng chiến lược</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>Nhà cung cấp dung lượng</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Mong muốn</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Managed scaling</source>
        <translation>Điều chỉnh quy mô được quản lý</translation>
    </message>
    <message>
        <source>Termination protection</source>
        <translation>Bảo vệ chống chấm dứt</translation>
    </message>
    <message>
        <source>Capacity provider reservation (%)</source>
        <translation>Mức dành riêng của nhà cung cấp dung lượng (%)</translation>
    </message>
    <message>
        <source>Capacity providers of the cluster</source>
        <translation>Nhà cung cấp dung lượng của cụm</translation>
    </message>
    <message>
        <source>Capacity providers and default strategy</source>
        <translation>Nhà cung cấp dung lượng và chiến lược mặc định</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>The cluster %1 was not found.</source>
        <translation>Không tìm thấy cụm %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The account&apos;s capacity providers: %1</source>
        <translation>Nhà cung cấp dung lượng của tài khoản: %1</translation>
    </message>
    <message>
        <source>Auto Scaling groups: %1</source>
        <translation>Auto Scaling group: %1</translation>
    </message>
    <message>
        <source>Capacity provider reservation: %1</source>
        <translation>Mức dành riêng của nhà cung cấp dung lượng: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Enabled, target %1%</source>
        <translation>Đã bật, mục tiêu %1%</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã tắt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Đã bật</translation>
    </message>
    <message>
        <source>The cluster %1 has no capacity providers: its tasks use a launch type.</source>
        <translation>Cụm %1 không có nhà cung cấp dung lượng: các tác vụ của cụm dùng kiểu khởi chạy.</translation>
    </message>
    <message>
        <source>Default strategy: none.</source>
        <translation>Chiến lược mặc định: không có.</translation>
    </message>
    <message>
        <source>Default strategy: %1.</source>
        <translation>Chiến lược mặc định: %1.</translation>
    </message>
    <message>
        <source>Applying the capacity providers and the default strategy…</source>
        <translation>Đang áp dụng các nhà cung cấp dung lượng và chiến lược mặc định…</translation>
    </message>
    <message>
        <source>The capacity providers and strategy were not applied: %1</source>
        <translation>Chưa áp dụng được các nhà cung cấp dung lượng và chiến lược: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ClusterPage</name>
    <message>
        <source>&amp;Clusters</source>
        <translation>&amp;Cụm</translation>
    </message>
    <message>
        <source>&amp;Open Cluster</source>
        <translation>&amp;Mở cụm</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Cụm mới…</translation>
    </message>
    <message>
        <source>&amp;Delete Cluster…</source>
        <translation>&amp;Xóa cụm…</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cụm</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cụm %1</translation>
    </message>
    <message>
        <source>Cluster %1 created.</source>
        <translation>Đã tạo cụm %1.</translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation>Xóa cụm</translation>
    </message>
    <message>
        <source>Delete cluster %1? It must have no services or container instances.</source>
        <translation>Xóa cụm %1? Cụm không được còn dịch vụ hay phiên bản container nào.</translation>
    </message>
    <message>
        <source>Cluster %1 deleted.</source>
        <translation>Đã xóa cụm %1.</translation>
    </message>
    <message>
        <source>Cluster &amp;Settings…</source>
        <translation>&amp;Thiết lập cụm…</translation>
    </message>
    <message>
        <source>Settings of cluster %1 saved.</source>
        <translation>Đã lưu thiết lập của cụm %1.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ClusterSettingsDialog</name>
    <message>
        <source>&amp;Add Tag</source>
        <translation>&amp;Thêm thẻ</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>&amp;Xóa thẻ</translation>
    </message>
    <message>
        <source>Cluster Settings: %1</source>
        <translation>Thiết lập cụm: %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Đã bật</translation>
    </message>
    <message>
        <source>Enhanced observability</source>
        <translation>Khả năng quan sát nâng cao</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã tắt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Container &amp;Insights:</source>
        <translation>Container &amp;Insights:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>The cluster %1 was not found.</source>
        <translation>Không tìm thấy cụm %1.</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Không đọc được thiết lập: %1</translation>
    </message>
    <message>
        <source>A cluster can have at most %1 tags.</source>
        <translation>Một cụm có tối đa %1 thẻ.</translation>
    </message>
    <message>
        <source>The tag key %1 is longer than %2 characters.</source>
        <translation>Khóa thẻ %1 dài hơn %2 ký tự.</translation>
    </message>
    <message>
        <source>The value of tag %1 is longer than %2 characters.</source>
        <translation>Giá trị của thẻ %1 dài hơn %2 ký tự.</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved for AWS.</source>
        <translation>Khóa thẻ bắt đầu bằng aws: được dành riêng cho AWS.</translation>
    </message>
    <message>
        <source>The tag key %1 appears more than once.</source>
        <translation>Khóa thẻ %1 xuất hiện nhiều hơn một lần.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Not every change was saved: %1</source>
        <translation>Một số thay đổi chưa được lưu: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Cluster, service or task name</source>
        <translation>Tên cụm, dịch vụ hoặc tác vụ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Kết quả khớp</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionController</name>
    <message>
        <source>The local endpoint did not start: %1</source>
        <translation>Không khởi động được điểm cuối cục bộ: %1</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Cục bộ</translation>
    </message>
    <message>
        <source>The keys of %1 are kept for this session only: the system keychain did not store them. Enter them again after a restart, or set up the keychain.</source>
        <translation>Các khóa của %1 chỉ được giữ trong phiên này: chuỗi khóa hệ thống không lưu chúng. Hãy nhập lại sau khi khởi động lại, hoặc thiết lập chuỗi khóa.</translation>
    </message>
    <message>
        <source>Reading the keys of %1 from the system keychain…</source>
        <translation>Đang đọc các khóa của %1 từ chuỗi khóa hệ thống…</translation>
    </message>
    <message>
        <source>The keys of %1 could not be read from the keychain: %2</source>
        <translation>Không thể đọc khóa của %1 từ chuỗi khóa: %2</translation>
    </message>
    <message>
        <source>Enter Keys…</source>
        <translation>Nhập khóa…</translation>
    </message>
    <message>
        <source>The SSO session of profile %1 has expired: sign in again.</source>
        <translation>Phiên SSO của hồ sơ %1 đã hết hạn: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>Profile %1 has no SSO sign-in yet: sign in.</source>
        <translation>Hồ sơ %1 chưa đăng nhập SSO: hãy đăng nhập.</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Đăng nhập lại…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Kết nối mới</translation>
    </message>
    <message>
        <source>empty for AWS; e.g. http://127.0.0.1:4566/</source>
        <translation>để trống cho AWS; ví dụ http://127.0.0.1:4566/</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;URL điểm cuối:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Khu &amp;vực:</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>&amp;ID khóa truy cập:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>Khóa truy cập &amp;bí mật:</translation>
    </message>
    <message>
        <source>Session t&amp;oken:</source>
        <translation>&amp;Mã thông báo phiên:</translation>
    </message>
    <message>
        <source>The keys are stored in the system keychain only.</source>
        <translation>Các khóa chỉ được lưu trong chuỗi khóa của hệ thống.</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Nhập tên cho kết nối.</translation>
    </message>
    <message>
        <source>The endpoint URL must be an http:// or https:// URL with a host.</source>
        <translation>URL điểm cuối phải là URL http:// hoặc https:// có tên máy chủ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1.</source>
        <translation>&quot;%1&quot; không phải là tên khu vực như us-east-1.</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation>Nhập ID khóa truy cập và khóa truy cập bí mật.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Thất bại: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the endpoint lists %n cluster(s).</source>
        <translation>
            <numerusform>Đã kết nối: điểm cuối liệt kê %n cụm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected as %1 (account %2).</source>
        <translation>Đã kết nối với danh tính %1 (tài khoản %2).</translation>
    </message>
    <message>
        <source>&amp;Keep Keys for This Session Only</source>
        <translation>&amp;Chỉ giữ khóa trong phiên này</translation>
    </message>
    <message>
        <source>The keys stay in memory until ECS Desk quits; they are never written to a file.</source>
        <translation>Các khóa ở trong bộ nhớ cho đến khi ECS Desk thoát; chúng không bao giờ được ghi vào tệp.</translation>
    </message>
    <message>
        <source>Storing the keys in the system keychain…</source>
        <translation>Đang lưu các khóa vào chuỗi khóa hệ thống…</translation>
    </message>
    <message>
        <source>The keys of %1 could not be stored in the system keychain: %2
Keep them for this session only, or cancel and set up the keychain.</source>
        <translation>Không thể lưu các khóa của %1 vào chuỗi khóa hệ thống: %2
Hãy chỉ giữ chúng trong phiên này, hoặc hủy và thiết lập chuỗi khóa.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionRegionsDialog</name>
    <message>
        <source>Regions of %1</source>
        <translation>Các khu vực của %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>Khu vực khác</translation>
    </message>
    <message>
        <source>Another region, e.g. us-gov-west-1</source>
        <translation>Khu vực khác, ví dụ us-gov-west-1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation>Thêm khu vực</translation>
    </message>
    <message>
        <source>The Fleet Overview loads every region checked here; the navigator lists them under the connection.</source>
        <translation>Tổng quan các cụm tải mọi khu vực được chọn ở đây; bộ điều hướng liệt kê các khu vực này dưới kết nối.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ContainerInstancePage</name>
    <message>
        <source>Container &amp;Instances</source>
        <translation>&amp;Phiên bản container</translation>
    </message>
    <message>
        <source>&amp;Drain Instance</source>
        <translation>&amp;Rút cạn phiên bản</translation>
    </message>
    <message>
        <source>&amp;Activate Instance</source>
        <translation>&amp;Kích hoạt phiên bản</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Phiên bản</translation>
    </message>
    <message>
        <source>Drain Instances</source>
        <translation>Rút cạn phiên bản</translation>
    </message>
    <message numerus="yes">
        <source>Drain %n container instance(s)? Their service tasks move elsewhere.</source>
        <translation>
            <numerusform>Rút cạn %n phiên bản container? Các tác vụ dịch vụ trên đó sẽ được chuyển sang nơi khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) set to %1.</source>
        <translation>
            <numerusform>Đã đặt %n phiên bản thành %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CreateClusterDialog</name>
    <message>
        <source>New Cluster</source>
        <translation>Cụm mới</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Enter a cluster name.</source>
        <translation>Nhập tên cụm.</translation>
    </message>
    <message>
        <source>A cluster name has up to 255 letters, digits, hyphens and underscores.</source>
        <translation>Tên cụm có tối đa 255 ký tự gồm chữ cái, chữ số, dấu gạch ngang và dấu gạch dưới.</translation>
    </message>
    <message>
        <source>names of Auto Scaling group capacity providers, comma-separated</source>
        <translation>tên các nhà cung cấp dung lượng Auto Scaling group, phân tách bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Capacity providers of the account backed by an Auto Scaling group (CreateCapacityProvider)</source>
        <translation>Các nhà cung cấp dung lượng của tài khoản dựa trên Auto Scaling group (CreateCapacityProvider)</translation>
    </message>
    <message>
        <source>Account default</source>
        <translation>Mặc định của tài khoản</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Đã bật</translation>
    </message>
    <message>
        <source>Enhanced observability</source>
        <translation>Khả năng quan sát nâng cao</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã tắt</translation>
    </message>
    <message>
        <source>team=web, stage=prod</source>
        <translation>team=web, stage=prod</translation>
    </message>
    <message>
        <source>Capacity providers:</source>
        <translation>Nhà cung cấp dung lượng:</translation>
    </message>
    <message>
        <source>Auto Scaling &amp;group providers:</source>
        <translation>Nhà cung cấp Auto Scaling &amp;group:</translation>
    </message>
    <message>
        <source>Default strategy:</source>
        <translation>Chiến lược mặc định:</translation>
    </message>
    <message>
        <source>Container &amp;Insights:</source>
        <translation>Container &amp;Insights:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Thẻ:</translation>
    </message>
    <message>
        <source>A capacity provider name has up to 255 letters, digits, hyphens and underscores: %1</source>
        <translation>Tên nhà cung cấp dung lượng có tối đa 255 ký tự gồm chữ cái, chữ số, dấu gạch ngang và dấu gạch dưới: %1</translation>
    </message>
    <message>
        <source>Write each tag as key=value, separated by commas.</source>
        <translation>Ghi mỗi thẻ dưới dạng key=value, phân tách bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>A tag key has up to 128 characters and its value up to 256.</source>
        <translation>Khóa thẻ có tối đa 128 ký tự và giá trị có tối đa 256 ký tự.</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved for AWS.</source>
        <translation>Khóa thẻ bắt đầu bằng aws: được dành riêng cho AWS.</translation>
    </message>
    <message>
        <source>The tag key %1 appears more than once.</source>
        <translation>Khóa thẻ %1 xuất hiện nhiều hơn một lần.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CreateServiceDialog</name>
    <message>
        <source>New Service</source>
        <translation>Dịch vụ mới</translation>
    </message>
    <message>
        <source>subnet-1, subnet-2 (awsvpc / Fargate)</source>
        <translation>subnet-1, subnet-2 (awsvpc / Fargate)</translation>
    </message>
    <message>
        <source>sg-1, sg-2</source>
        <translation>sg-1, sg-2</translation>
    </message>
    <message>
        <source>distinctInstance or a memberOf expression</source>
        <translation>distinctInstance hoặc một biểu thức memberOf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>Định nghĩa tác &amp;vụ:</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>&amp;Kiểu khởi chạy:</translation>
    </message>
    <message>
        <source>&amp;Desired count:</source>
        <translation>&amp;Số lượng mong muốn:</translation>
    </message>
    <message>
        <source>M&amp;inimum healthy:</source>
        <translation>Tối thiể&amp;u khỏe mạnh:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>Tối đ&amp;a:</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>Mạn&amp;g con:</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>&amp;Nhóm bảo mật:</translation>
    </message>
    <message>
        <source>Placement &amp;strategy:</source>
        <translation>&amp;Chiến lược bố trí:</translation>
    </message>
    <message>
        <source>Placement co&amp;nstraint:</source>
        <translation>&amp;Ràng buộc bố trí:</translation>
    </message>
    <message>
        <source>Enter a service name.</source>
        <translation>Nhập tên dịch vụ.</translation>
    </message>
    <message>
        <source>A service name has up to 255 letters, digits, hyphens and underscores.</source>
        <translation>Tên dịch vụ có tối đa 255 ký tự gồm chữ cái, chữ số, dấu gạch ngang và dấu gạch dưới.</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>Chọn một định nghĩa tác vụ.</translation>
    </message>
    <message>
        <source>Fargate services need at least one subnet.</source>
        <translation>Dịch vụ Fargate cần ít nhất một mạng con.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DeploymentProgress</name>
    <message>
        <source>%1: %2 of %3 running</source>
        <comment>service: running of desired tasks</comment>
        <translation>%1: %2 trên %3 đang chạy</translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <comment>the list of deploying services</comment>
        <translation>Đang triển khai %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DeploymentsPane</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Các đợt triển khai</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Đợt triển khai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Nguồn kích hoạt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Deployment progress</source>
        <translation>Tiến độ triển khai</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Mong muốn</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Tiến trình triển khai</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Tác vụ thất bại</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dừng lúc</translation>
    </message>
    <message>
        <source>Service events</source>
        <translation>Sự kiện dịch vụ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Select one deployment to see what it changed, two to compare them.</source>
        <translation>Chọn một đợt triển khai để xem những gì nó đã thay đổi, hoặc hai đợt để so sánh.</translation>
    </message>
    <message>
        <source>In progress:</source>
        <translation>Đang diễn ra:</translation>
    </message>
    <message>
        <source>Loading the deployments of %1…</source>
        <translation>Đang tải các đợt triển khai của %1…</translation>
    </message>
    <message>
        <source>Deployments: %1</source>
        <translation>Các đợt triển khai: %1</translation>
    </message>
    <message>
        <source>%1 running, %2 pending of %3</source>
        <translation>%1 đang chạy, %2 đang chờ trên %3</translation>
    </message>
    <message>
        <source>%1 has no service deployments.</source>
        <translation>%1 không có đợt triển khai dịch vụ nào.</translation>
    </message>
    <message>
        <source>Deployment %1 is %2; refreshing every %3 s.</source>
        <translation>Đợt triển khai %1 đang ở trạng thái %2; làm mới mỗi %3 giây.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) of %1.</source>
        <translation>
            <numerusform>%n đợt triển khai của %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 exited with %2)</source>
        <translation> (%1 đã thoát với mã %2)</translation>
    </message>
    <message>
        <source>From deployment %1 to %2:</source>
        <translation>Từ đợt triển khai %1 đến %2:</translation>
    </message>
    <message>
        <source>What deployment %1 changed:</source>
        <translation>Những thay đổi của đợt triển khai %1:</translation>
    </message>
    <message>
        <source>Deployment %1 replaced no earlier revision.</source>
        <translation>Đợt triển khai %1 không thay thế bản sửa đổi nào trước đó.</translation>
    </message>
    <message>
        <source>Select an active service to roll back.</source>
        <translation>Chọn một dịch vụ đang hoạt động để khôi phục.</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 is in progress. Stop it and roll back to %3?</source>
        <translation>Đợt triển khai %1 của %2 đang diễn ra. Dừng đợt đó và khôi phục về %3?</translation>
    </message>
    <message>
        <source>the previous revision</source>
        <translation>bản sửa đổi trước đó</translation>
    </message>
    <message>
        <source>Update %1 back to revision %2 (%3)?</source>
        <translation>Cập nhật %1 trở lại bản sửa đổi %2 (%3)?</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation>Đang khôi phục %1…</translation>
    </message>
    <message>
        <source>Roll back failed: %1</source>
        <translation>Khôi phục thất bại: %1</translation>
    </message>
    <message>
        <source>Rollback of %1 started.</source>
        <translation>Đã bắt đầu khôi phục %1.</translation>
    </message>
    <message>
        <source>The two revisions do not differ.</source>
        <translation>Hai bản sửa đổi không có khác biệt.</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Những gì thay đổi:</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Khôi phục</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DesiredCountDialog</name>
    <message>
        <source>Set Desired Count</source>
        <translation>Đặt số lượng mong muốn</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dịch vụ:</translation>
    </message>
    <message>
        <source>&amp;Desired tasks:</source>
        <translation>&amp;Số tác vụ mong muốn:</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DetailsPane</name>
    <message>
        <source>Property</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liên quan</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Active services</source>
        <translation>Dịch vụ đang hoạt động</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tác vụ đang chạy</translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation>Tác vụ đang chờ</translation>
    </message>
    <message>
        <source>Container instances</source>
        <translation>Phiên bản container</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>Nhà cung cấp dung lượng</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>Desired count</source>
        <translation>Số lượng mong muốn</translation>
    </message>
    <message>
        <source>Running count</source>
        <translation>Số đang chạy</translation>
    </message>
    <message>
        <source>Pending count</source>
        <translation>Số đang chờ</translation>
    </message>
    <message>
        <source>Launch type</source>
        <translation>Kiểu khởi chạy</translation>
    </message>
    <message>
        <source>Scheduling strategy</source>
        <translation>Chiến lược lập lịch</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Các đợt triển khai</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Mong muốn</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Tiến trình triển khai</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật lúc</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Trạng thái gần nhất</translation>
    </message>
    <message>
        <source>Desired status</source>
        <translation>Trạng thái mong muốn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Container instance</source>
        <translation>Phiên bản container</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Vùng sẵn sàng</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bộ nhớ</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dừng lúc</translation>
    </message>
    <message>
        <source>Stop code</source>
        <translation>Mã dừng</translation>
    </message>
    <message>
        <source>Stopped reason</source>
        <translation>Lý do dừng</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Mã thoát</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Lý do trạng thái</translation>
    </message>
    <message>
        <source>Agent connected</source>
        <translation>Tác nhân đã kết nối</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Capacity provider</source>
        <translation>Nhà cung cấp dung lượng</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>tài nguyên</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>thuộc tính</translation>
    </message>
    <message>
        <source>Attributes and resources</source>
        <translation>Thuộc tính và tài nguyên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Registered / value</source>
        <translation>Đã đăng ký / giá trị</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Bản sửa đổi</translation>
    </message>
    <message>
        <source>Double-click a task to show it in the Tasks pane</source>
        <translation>Nhấp đúp vào một tác vụ để hiện nó trong ngăn Tác vụ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tác vụ (%1)</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>IP riêng</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP công khai</translation>
    </message>
    <message>
        <source>Private DNS name</source>
        <translation>Tên DNS riêng</translation>
    </message>
    <message>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Mạng con</translation>
    </message>
    <message>
        <source>Host ports</source>
        <translation>Cổng máy chủ</translation>
    </message>
    <message>
        <source>Runtime id</source>
        <translation>ID thời gian chạy</translation>
    </message>
    <message>
        <source>Default strategy</source>
        <translation>Chiến lược mặc định</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::EcrImagePicker</name>
    <message>
        <source>Image warning</source>
        <translation>Cảnh báo về image</translation>
    </message>
    <message>
        <source>Use the Newest Image</source>
        <translation>Dùng image mới nhất</translation>
    </message>
    <message>
        <source>Use the newest pushed image: %1</source>
        <translation>Dùng image được đẩy lên gần đây nhất: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::EcrRepositoriesView</name>
    <message>
        <source>Repositories</source>
        <translation>Kho lưu trữ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Copy docker pull</source>
        <translation>Sao chép lệnh docker pull</translation>
    </message>
    <message>
        <source>Copy docker login</source>
        <translation>Sao chép lệnh docker login</translation>
    </message>
    <message>
        <source>Delete Images…</source>
        <translation>Xóa image…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lifecycle policy: loading…</source>
        <translation>Chính sách vòng đời: đang tải…</translation>
    </message>
    <message>
        <source>No lifecycle policy: images are kept until deleted.</source>
        <translation>Không có chính sách vòng đời: image được giữ lại cho đến khi bị xóa.</translation>
    </message>
    <message>
        <source>Lifecycle policy: %1</source>
        <translation>Chính sách vòng đời: %1</translation>
    </message>
    <message>
        <source>Lifecycle policy: its preview expires no image.</source>
        <translation>Chính sách vòng đời: bản xem trước không làm hết hạn image nào.</translation>
    </message>
    <message numerus="yes">
        <source>Lifecycle policy: its preview expires %n image(s): %1</source>
        <translation>
            <numerusform>Chính sách vòng đời: bản xem trước làm hết hạn %n image: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>Xóa image</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) from %1 with all their tags? This cannot be undone.

%2</source>
        <translation>
            <numerusform>Xóa %n image khỏi %1 cùng tất cả thẻ của chúng? Không thể hoàn tác thao tác này.

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Images deleted.</source>
        <translation>Đã xóa image.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::FleetOverviewPage</name>
    <message>
        <source>&amp;Fleet Overview</source>
        <translation>Tổng &amp;quan các cụm</translation>
    </message>
    <message>
        <source>&amp;Open Cluster</source>
        <translation>&amp;Mở cụm</translation>
    </message>
    <message>
        <source>Refresh &amp;Fleet Overview</source>
        <translation>Làm mới tổng &amp;quan các cụm</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>Regions of the connection</source>
        <translation>Các khu vực của kết nối</translation>
    </message>
    <message>
        <source>&amp;Regions…</source>
        <translation>&amp;Khu vực…</translation>
    </message>
    <message>
        <source>&amp;Regions: %1…</source>
        <translation>&amp;Khu vực: %1…</translation>
    </message>
    <message>
        <source>Choose the regions of this connection that the overview loads</source>
        <translation>Chọn các khu vực của kết nối này mà trang tổng quan sẽ tải</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LoadBalancersPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Load the region&apos;s load balancers, listeners, rules and target groups again</source>
        <translation>Tải lại các bộ cân bằng tải, trình nghe, quy tắc và nhóm mục tiêu của khu vực</translation>
    </message>
    <message>
        <source>Load &amp;Balancers</source>
        <translation>Bộ cân &amp;bằng tải</translation>
    </message>
    <message>
        <source>Refresh &amp;Load Balancers</source>
        <translation>Làm mới bộ cân &amp;bằng tải</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 calls</source>
        <translation>Đang tải… %1 trên %2 lệnh gọi</translation>
    </message>
    <message>
        <source>Load balancers: %1, target groups: %2, with unhealthy targets: %3 (at %4)</source>
        <extracomment>%1, %2, %3: numbers; %4 a time of day</extracomment>
        <translation>Bộ cân bằng tải: %1, nhóm mục tiêu: %2, có mục tiêu không khỏe mạnh: %3 (lúc %4)</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Chưa tải</translation>
    </message>
    <message>
        <source>Could not load the load balancers: %1</source>
        <translation>Không thể tải các bộ cân bằng tải: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LoadBalancingPane</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Protocol and port</source>
        <translation>Giao thức và cổng</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Kiểm tra tình trạng</translation>
    </message>
    <message>
        <source>Deregistration delay</source>
        <translation>Độ trễ hủy đăng ký</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Loading the target groups of %1 failed: %2</source>
        <translation>Tải các nhóm mục tiêu của %1 thất bại: %2</translation>
    </message>
    <message>
        <source>Loading the load balancing of %1…</source>
        <translation>Đang tải thiết lập cân bằng tải của %1…</translation>
    </message>
    <message>
        <source>Reading the service %1 failed: %2</source>
        <translation>Đọc dịch vụ %1 thất bại: %2</translation>
    </message>
    <message>
        <source>The service %1 was not found.</source>
        <translation>Không tìm thấy dịch vụ %1.</translation>
    </message>
    <message>
        <source>The load balancing of %1 could not be read.</source>
        <translation>Không đọc được thiết lập cân bằng tải của %1.</translation>
    </message>
    <message>
        <source>Select a service to see its load balancers.</source>
        <translation>Chọn một dịch vụ để xem các bộ cân bằng tải của dịch vụ đó.</translation>
    </message>
    <message>
        <source>This service has no load balancer.</source>
        <translation>Dịch vụ này không có bộ cân bằng tải.</translation>
    </message>
    <message>
        <source>This service is behind the Classic Load Balancer %1; its instances are not shown here.</source>
        <translation>Dịch vụ này nằm sau Classic Load Balancer %1; các phiên bản của bộ cân bằng tải đó không được hiển thị ở đây.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>%1 %2 on %3 every %4 s, timeout %5 s, healthy after %6, unhealthy after %7</source>
        <translation>%1 %2 trên %3 mỗi %4 giây, thời gian chờ %5 giây, khỏe mạnh sau %6 lần, không khỏe mạnh sau %7 lần</translation>
    </message>
    <message>
        <source>the traffic port</source>
        <translation>cổng lưu lượng</translation>
    </message>
    <message>
        <source>, expects %1</source>
        <translation>, mong đợi %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>(target group not found)</source>
        <translation>(không tìm thấy nhóm mục tiêu)</translation>
    </message>
    <message>
        <source>No task of the cluster has this address.</source>
        <translation>Không có tác vụ nào của cụm có địa chỉ này.</translation>
    </message>
    <message numerus="yes">
        <source>%n target groups, no targets.</source>
        <translation>
            <numerusform>%n nhóm mục tiêu, không có mục tiêu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target groups, %1 targets: %2.</source>
        <translation>
            <numerusform>%n nhóm mục tiêu, %1 mục tiêu: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LogsPane</name>
    <message>
        <source>Filter pattern (CloudWatch syntax: ERROR, &quot;exact phrase&quot;, ?a ?b) — Enter</source>
        <translation>Mẫu lọc (cú pháp CloudWatch: ERROR, &quot;cụm từ chính xác&quot;, ?a ?b) — Enter</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Tải cũ hơn</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>No running tasks.</source>
        <translation>Không có tác vụ nào đang chạy.</translation>
    </message>
    <message>
        <source>Could not find the tasks&apos; logs: %1</source>
        <translation>Không tìm thấy nhật ký của các tác vụ: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The task definition has no containers.</source>
        <translation>Định nghĩa tác vụ không có container nào.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Tìm kiếm thất bại: %1</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Lưu nhật ký</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Tệp nhật ký (*.log *.txt)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không thể lưu %1: %2</translation>
    </message>
    <message>
        <source>Filter pattern</source>
        <translation>Mẫu lọc</translation>
    </message>
    <message>
        <source>Log events</source>
        <translation>Sự kiện nhật ký</translation>
    </message>
    <message>
        <source>No log events yet</source>
        <translation>Chưa có sự kiện nhật ký</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::MainWindow</name>
    <message>
        <source>ECS Desk</source>
        <translation>ECS Desk</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Bộ điều hướng</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Chuyển đến…</translation>
    </message>
    <message>
        <source>Export Pane as &amp;CSV…</source>
        <translation>Xuất ngăn dạng &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Pane as &amp;JSON…</source>
        <translation>Xuất ngăn dạng &amp;JSON…</translation>
    </message>
    <message>
        <source>Copy &amp;ARN</source>
        <translation>Sao chép &amp;ARN</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>Sao chép &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>&amp;Kết nối mới…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Chỉnh &amp;sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>&amp;Tự động làm mới</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Mỗi %1 giây</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About ECS Desk</source>
        <translation>&amp;Giới thiệu ECS Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About ECS Desk</source>
        <translation>Giới thiệu ECS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ECS Desk %1&lt;/h3&gt;&lt;p&gt;A native desktop cluster manager for Amazon ECS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ECS Desk %1&lt;/h3&gt;&lt;p&gt;Ứng dụng máy tính gốc để quản lý cụm Amazon ECS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <source>%1 (%2) — ECS Desk</source>
        <comment>connection (region)</comment>
        <translation>%1 (%2) — ECS Desk</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — ECS Desk</source>
        <comment>cluster — connection (region)</comment>
        <translation>%1 — %2 (%3) — ECS Desk</translation>
    </message>
    <message>
        <source>Open in AWS &amp;Console</source>
        <translation>Mở trong &amp;bảng điều khiển AWS</translation>
    </message>
    <message>
        <source>ECR &amp;Repositories</source>
        <translation>&amp;Kho lưu trữ ECR</translation>
    </message>
    <message>
        <source>ECR Repositories</source>
        <translation>Kho lưu trữ ECR</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <comment>window title of a read-only connection</comment>
        <translation> [chỉ đọc]</translation>
    </message>
    <message>
        <source>%1 — %2 — read-only</source>
        <comment>status bar: connection — region — read-only</comment>
        <translation>%1 — %2 — chỉ đọc</translation>
    </message>
    <message>
        <source>Unknown pane %1: use one of %2.</source>
        <extracomment>%1: the name given to --pane; %2: the pane names it accepts, comma-separated</extracomment>
        <translation>Ngăn không xác định %1: hãy dùng một trong các ngăn %2.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::MetricsPane</name>
    <message>
        <source>CPU utilization</source>
        <translation>Mức sử dụng CPU</translation>
    </message>
    <message>
        <source>Memory utilization</source>
        <translation>Mức sử dụng bộ nhớ</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Tự động làm mới</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Xuất PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Không thể ghi %1.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not load metrics: %1</source>
        <translation>Không thể tải chỉ số: %1</translation>
    </message>
    <message>
        <source>Could not load deployments: %1</source>
        <translation>Không thể tải các đợt triển khai: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n series, %1 datapoints, period %2 s</source>
        <translation>
            <numerusform>%n chuỗi dữ liệu, %1 điểm dữ liệu, chu kỳ %2 giây</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>không có dữ liệu</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Đặt lại thu phóng</translation>
    </message>
    <message>
        <source>Could not look up task %1: %2</source>
        <translation>Không tra cứu được tác vụ %1: %2</translation>
    </message>
    <message>
        <source>No Container Insights data for task %1. Per-task metrics need Container Insights turned on for its cluster.</source>
        <translation>Không có dữ liệu Container Insights cho tác vụ %1. Chỉ số theo từng tác vụ cần bật Container Insights cho cụm của nó.</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>Bộ nhớ (%)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Bộ nhớ (MiB)</translation>
    </message>
    <message>
        <source>CPU (CPU units)</source>
        <translation>CPU (đơn vị CPU)</translation>
    </message>
    <message>
        <source>%1 in ALARM</source>
        <translation>%1 ở trạng thái ALARM</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::Navigator</name>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>cluster name (services, running tasks)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n dịch vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tác vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections and clusters</source>
        <translation>Kết nối và cụm</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Cục bộ</translation>
    </message>
    <message>
        <source>The embedded ECS-compatible endpoint</source>
        <translation>Điểm cuối tương thích ECS được tích hợp sẵn</translation>
    </message>
    <message>
        <source>Local (unavailable)</source>
        <translation>Cục bộ (không khả dụng)</translation>
    </message>
    <message>
        <source>Profile %1 (no region)</source>
        <translation>Hồ sơ %1 (không có khu vực)</translation>
    </message>
    <message>
        <source>Profile %1 (%2)</source>
        <translation>Hồ sơ %1 (%2)</translation>
    </message>
    <message>
        <source>static keys</source>
        <translation>khóa tĩnh</translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation>IAM Identity Center (SSO)</translation>
    </message>
    <message>
        <source>assumed role</source>
        <translation>vai trò đảm nhận</translation>
    </message>
    <message>
        <source>credential process</source>
        <translation>tiến trình thông tin xác thực (credential_process)</translation>
    </message>
    <message>
        <source>Profile %1: %2, region %3</source>
        <translation>Hồ sơ %1: %2, khu vực %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>profile at endpoint URL</comment>
        <translation>%1 tại %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cluster(s))</source>
        <translation>
            <numerusform>%1 (%n cụm)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Regions…</source>
        <translation>&amp;Khu vực…</translation>
    </message>
    <message>
        <source>Select to connect in %1</source>
        <translation>Chọn để kết nối tại %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ObservedItemController</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>C&amp;hỉ số</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Nhật ký</translation>
    </message>
    <message>
        <source>Auto &amp;Scaling</source>
        <translation>Tự động điều chỉnh &amp;quy mô</translation>
    </message>
    <message>
        <source>De&amp;ployments</source>
        <translation>&amp;Triển khai</translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation>&amp;Dung lượng</translation>
    </message>
    <message>
        <source>Load &amp;Balancing</source>
        <translation>&amp;Cân bằng tải</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::OpenShellDialog</name>
    <message>
        <source>Open Shell</source>
        <translation>Mở shell</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Lệnh:</translation>
    </message>
    <message>
        <source>&amp;Open Shell</source>
        <translation>&amp;Mở shell</translation>
    </message>
    <message>
        <source>&amp;Enable ECS Exec on Service</source>
        <translation>&amp;Bật ECS Exec cho dịch vụ</translation>
    </message>
    <message>
        <source>Not in read-only mode: it changes the service.</source>
        <translation>Không khả dụng ở chế độ chỉ đọc: thao tác này thay đổi dịch vụ.</translation>
    </message>
    <message>
        <source>Turns on enableExecuteCommand and starts a new deployment.</source>
        <translation>Bật enableExecuteCommand và bắt đầu một đợt triển khai mới.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::OpenShellFlow</name>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>The shell opens in a terminal window.</source>
        <translation>Shell sẽ mở trong một cửa sổ terminal.</translation>
    </message>
    <message>
        <source>The connection&apos;s keys could not be read: %1</source>
        <translation>Không đọc được khóa của kết nối: %1</translation>
    </message>
    <message>
        <source>ECS Exec is on for service %1: its new deployment starts tasks you can open a shell in.</source>
        <translation>ECS Exec đã được bật cho dịch vụ %1: đợt triển khai mới của dịch vụ sẽ khởi chạy các tác vụ có thể mở shell.</translation>
    </message>
    <message>
        <source>Enabling ECS Exec on service %1 (a new deployment replaces its tasks)…</source>
        <translation>Đang bật ECS Exec cho dịch vụ %1 (một đợt triển khai mới sẽ thay thế các tác vụ của dịch vụ)…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PageArea</name>
    <message>
        <source>Filter %1</source>
        <translation>Lọc %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PaneWidget</name>
    <message>
        <source>Filter (text or column:value)</source>
        <translation>Lọc (văn bản hoặc cột:giá trị)</translation>
    </message>
    <message>
        <source>Copy &amp;ARN</source>
        <translation>Sao chép &amp;ARN</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>Sao chép &amp;JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column; searched as text. Columns: %2.</source>
        <translation>&quot;%1&quot; không phải là cột; đã tìm như văn bản. Các cột: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2; searched as text. Type more of the column name.</source>
        <translation>&quot;%1&quot; có thể là %2; đã tìm như văn bản. Hãy gõ thêm tên cột.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n hàng</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>Export Pane</source>
        <translation>Xuất ngăn</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n hàng vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PolicyDialog</name>
    <message>
        <source>default (300 s)</source>
        <translation>mặc định (300 giây)</translation>
    </message>
    <message>
        <source>&amp;Disable scale-in</source>
        <translation>Tắt thu nhỏ &amp;quy mô</translation>
    </message>
    <message>
        <source>Scaling Policy of %1</source>
        <translation>Chính sách điều chỉnh quy mô của %1</translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation>Theo dõi mục tiêu</translation>
    </message>
    <message>
        <source>Step scaling</source>
        <translation>Điều chỉnh theo bậc</translation>
    </message>
    <message>
        <source>Average CPU utilization</source>
        <translation>Mức sử dụng CPU trung bình</translation>
    </message>
    <message>
        <source>Average memory utilization</source>
        <translation>Mức sử dụng bộ nhớ trung bình</translation>
    </message>
    <message>
        <source>Requests per target (ALB)</source>
        <translation>Số yêu cầu trên mỗi mục tiêu (ALB)</translation>
    </message>
    <message>
        <source>Customized metric</source>
        <translation>Chỉ số tùy chỉnh</translation>
    </message>
    <message>
        <source>Name=Value, Name=Value</source>
        <translation>Tên=Giá trị, Tên=Giá trị</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Chỉ số:</translation>
    </message>
    <message>
        <source>&amp;Resource label:</source>
        <translation>Nhãn tà&amp;i nguyên:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Không gian tên:</translation>
    </message>
    <message>
        <source>Metric na&amp;me:</source>
        <translation>Tên chỉ &amp;số:</translation>
    </message>
    <message>
        <source>S&amp;tatistic:</source>
        <translation>T&amp;hống kê:</translation>
    </message>
    <message>
        <source>D&amp;imensions:</source>
        <translation>Thứ &amp;nguyên:</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>&amp;Giá trị mục tiêu:</translation>
    </message>
    <message>
        <source>Scale-&amp;out cooldown:</source>
        <translation>Thời gian chờ khi &amp;mở rộng:</translation>
    </message>
    <message>
        <source>Scale-i&amp;n cooldown:</source>
        <translation>Thời gian chờ khi th&amp;u nhỏ:</translation>
    </message>
    <message>
        <source>Change in capacity</source>
        <translation>Thay đổi dung lượng</translation>
    </message>
    <message>
        <source>Percent change in capacity</source>
        <translation>Thay đổi dung lượng theo phần trăm</translation>
    </message>
    <message>
        <source>Exact capacity</source>
        <translation>Dung lượng chính xác</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>&amp;Adjustment type:</source>
        <translation>&amp;Kiểu điều chỉnh:</translation>
    </message>
    <message>
        <source>&amp;Cooldown:</source>
        <translation>Thời gian &amp;chờ:</translation>
    </message>
    <message>
        <source>Metric a&amp;ggregation:</source>
        <translation>Tổng hợp chỉ &amp;số:</translation>
    </message>
    <message>
        <source>Minimum ad&amp;justment magnitude:</source>
        <translation>&amp;Mức điều chỉnh tối thiểu:</translation>
    </message>
    <message>
        <source>Step adjustments</source>
        <translation>Các bậc điều chỉnh</translation>
    </message>
    <message>
        <source>Lower bound (blank: -∞)</source>
        <translation>Cận dưới (để trống: -∞)</translation>
    </message>
    <message>
        <source>Upper bound (blank: +∞)</source>
        <translation>Cận trên (để trống: +∞)</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Bounds are relative to the alarm&apos;s threshold: a metric 15 above a threshold of 70 is in the step from 10 to 20.</source>
        <translation>Các cận được tính tương đối so với ngưỡng của cảnh báo: chỉ số cao hơn ngưỡng 70 là 15 đơn vị thì thuộc bậc từ 10 đến 20.</translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation>T&amp;hêm bậc</translation>
    </message>
    <message>
        <source>Remove Ste&amp;p</source>
        <translation>&amp;Xóa bậc</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Alarm na&amp;me:</source>
        <translation>Tên cảnh &amp;báo:</translation>
    </message>
    <message>
        <source>Alarm na&amp;mespace:</source>
        <translation>Không gian tê&amp;n cảnh báo:</translation>
    </message>
    <message>
        <source>Alarm metric:</source>
        <translation>Chỉ số cảnh báo:</translation>
    </message>
    <message>
        <source>Alarm statistic:</source>
        <translation>Thống kê cảnh báo:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Phép so sánh:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>Ngưỡn&amp;g:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Chu kỳ:</translation>
    </message>
    <message>
        <source>Evaluation periods:</source>
        <translation>Số chu kỳ đánh giá:</translation>
    </message>
    <message>
        <source>Datapoints to alarm:</source>
        <translation>Số điểm dữ liệu để cảnh báo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Step %1 has a bound or adjustment that is not a number.</source>
        <translation>Bậc %1 có cận hoặc giá trị điều chỉnh không phải là số.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwardDialog</name>
    <message>
        <source>To the &amp;container&apos;s port</source>
        <translation>Đến cổng của contai&amp;ner</translation>
    </message>
    <message>
        <source>To a &amp;remote host through the task</source>
        <translation>Đến máy chủ từ &amp;xa qua tác vụ</translation>
    </message>
    <message>
        <source>Forward a Port</source>
        <translation>Chuyển tiếp cổng</translation>
    </message>
    <message>
        <source>mydb.cluster-abc.eu-west-1.rds.amazonaws.com</source>
        <translation>mydb.cluster-abc.eu-west-1.rds.amazonaws.com</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>Remote &amp;host:</source>
        <translation>&amp;Máy chủ từ xa:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Local port:</source>
        <translation>Cổng cục &amp;bộ:</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Chuyển &amp;tiếp</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwards</name>
    <message>
        <source>Starting</source>
        <translation>Đang khởi động</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Failed to start: %1</source>
        <translation>Khởi động thất bại: %1</translation>
    </message>
    <message>
        <source>Ended (exit code %1)</source>
        <translation>Đã kết thúc (mã thoát %1)</translation>
    </message>
    <message>
        <source>localhost:%1</source>
        <translation>localhost:%1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1:%2 (through %3)</source>
        <translation>%1:%2 (qua %3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Cục bộ</translation>
    </message>
    <message>
        <source>Forwards to</source>
        <translation>Chuyển tiếp đến</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwardsDialog</name>
    <message>
        <source>Port Forwards</source>
        <translation>Danh sách chuyển tiếp cổng</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>Dừng &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Mặc định của hệ thống</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Mỗi %n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language is used the next time ECS Desk starts.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần khởi động ECS Desk tiếp theo.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>&amp;Tự động làm mới:</translation>
    </message>
    <message>
        <source>production, prod-admin</source>
        <translation>production, prod-admin</translation>
    </message>
    <message>
        <source>Profiles or connections, separated by commas, whose resources ECS Desk only shows: every action that changes something is disabled.</source>
        <translation>Các hồ sơ hoặc kết nối, phân tách bằng dấu phẩy, mà ECS Desk chỉ hiển thị tài nguyên: mọi thao tác gây thay đổi đều bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>&amp;Read-only connections:</source>
        <translation>Kết nối &amp;chỉ đọc:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>The terminal emulator Open Shell runs the AWS CLI in: a program on PATH or a path. Detect tries $TERMINAL, x-terminal-emulator, gnome-terminal, konsole and xterm.</source>
        <translation>Trình giả lập terminal mà Mở shell dùng để chạy AWS CLI: một chương trình trong PATH hoặc một đường dẫn. Phát hiện sẽ thử $TERMINAL, x-terminal-emulator, gnome-terminal, konsole và xterm.</translation>
    </message>
    <message>
        <source>&amp;Terminal for Open Shell:</source>
        <translation>Te&amp;rminal dùng cho Mở shell:</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::RunTaskDialog</name>
    <message>
        <source>Run Task</source>
        <translation>Chạy tác vụ</translation>
    </message>
    <message>
        <source>container name (for the overrides)</source>
        <translation>tên container (cho các giá trị ghi đè)</translation>
    </message>
    <message>
        <source>command, space separated</source>
        <translation>lệnh, phân tách bằng dấu cách</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>KEY=VALUE, mỗi dòng một mục</translation>
    </message>
    <message>
        <source>subnet-1, subnet-2 (awsvpc / Fargate)</source>
        <translation>subnet-1, subnet-2 (awsvpc / Fargate)</translation>
    </message>
    <message>
        <source>sg-1, sg-2</source>
        <translation>sg-1, sg-2</translation>
    </message>
    <message>
        <source>distinctInstance or a memberOf expression</source>
        <translation>distinctInstance hoặc một biểu thức memberOf</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>Định nghĩa tác &amp;vụ:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Số lượng:</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>&amp;Kiểu khởi chạy:</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontainer:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Lệnh:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Môi trường:</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>Mạn&amp;g con:</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>&amp;Nhóm bảo mật:</translation>
    </message>
    <message>
        <source>Placement &amp;strategy:</source>
        <translation>&amp;Chiến lược bố trí:</translation>
    </message>
    <message>
        <source>Placement co&amp;nstraint:</source>
        <translation>&amp;Ràng buộc bố trí:</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>Chọn một định nghĩa tác vụ.</translation>
    </message>
    <message>
        <source>Environment line %1 is not KEY=VALUE.</source>
        <translation>Dòng môi trường %1 không có dạng KEY=VALUE.</translation>
    </message>
    <message>
        <source>Name the container the command and environment overrides apply to.</source>
        <translation>Nhập tên container để áp dụng các giá trị ghi đè lệnh và môi trường.</translation>
    </message>
    <message>
        <source>Fargate tasks need at least one subnet.</source>
        <translation>Tác vụ Fargate cần ít nhất một mạng con.</translation>
    </message>
    <message>
        <source>Capacity provider strategy:</source>
        <translation>Chiến lược nhà cung cấp dung lượng:</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScalingPane</name>
    <message>
        <source>&amp;Apply Capacity</source>
        <translation>Áp dụng dung &amp;lượng</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Apply &amp;Target</source>
        <translation>Áp dụng mục t&amp;iêu</translation>
    </message>
    <message>
        <source>Scaling policies</source>
        <translation>Chính sách điều chỉnh quy mô</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Scheduled actions</source>
        <translation>Hành động theo lịch</translation>
    </message>
    <message>
        <source>Scheduled action</source>
        <translation>Hành động theo lịch</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Scaling activities</source>
        <translation>Hoạt động điều chỉnh quy mô</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Dung lượng tối thiểu</translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation>Dung lượng tối đa</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>Tối thiể&amp;u:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Tối đ&amp;a:</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Giá trị mục tiêu</translation>
    </message>
    <message>
        <source>Tar&amp;get value of the selected target tracking policy:</source>
        <translation>Giá t&amp;rị mục tiêu của chính sách theo dõi mục tiêu đã chọn:</translation>
    </message>
    <message>
        <source>Loading auto scaling of %1…</source>
        <translation>Đang tải thiết lập tự động điều chỉnh quy mô của %1…</translation>
    </message>
    <message>
        <source>Select a service to see its auto scaling.</source>
        <translation>Chọn một dịch vụ để xem thiết lập tự động điều chỉnh quy mô của dịch vụ đó.</translation>
    </message>
    <message>
        <source>scale-in</source>
        <translation>thu nhỏ quy mô</translation>
    </message>
    <message>
        <source>scale-out</source>
        <translation>mở rộng quy mô</translation>
    </message>
    <message>
        <source>scheduled scaling</source>
        <translation>điều chỉnh quy mô theo lịch</translation>
    </message>
    <message>
        <source>Scalable target %1: desired count between %2 and %3.</source>
        <translation>Mục tiêu điều chỉnh quy mô %1: số lượng mong muốn từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Scalable target %1: desired count between %2 and %3; suspended: %4.</source>
        <translation>Mục tiêu điều chỉnh quy mô %1: số lượng mong muốn từ %2 đến %3; đang tạm ngưng: %4.</translation>
    </message>
    <message>
        <source>%1 is not registered for auto scaling: Apply Capacity registers it with this range.</source>
        <translation>%1 chưa được đăng ký tự động điều chỉnh quy mô: nút Áp dụng dung lượng sẽ đăng ký nó với khoảng này.</translation>
    </message>
    <message numerus="yes">
        <source>%n policies, %1 alarms, %2 scheduled actions.</source>
        <translation>
            <numerusform>%n chính sách, %1 cảnh báo, %2 hành động theo lịch.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2; cooldowns out %3 s, in %4 s%5</source>
        <translation>%1 ở mức %2; thời gian chờ khi mở rộng %3 giây, khi thu nhỏ %4 giây%5</translation>
    </message>
    <message>
        <source>; scale-in disabled</source>
        <translation>; đã tắt thu nhỏ quy mô</translation>
    </message>
    <message>
        <source>%1, cooldown %2 s: %3</source>
        <translation>%1, thời gian chờ %2 giây: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation>Theo dõi mục tiêu</translation>
    </message>
    <message>
        <source>Step scaling</source>
        <translation>Điều chỉnh theo bậc</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4, %5 of %6 × %7 s</source>
        <translation>%1 %2 %3 %4, %5 trên %6 × %7 giây</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>phép toán chỉ số</translation>
    </message>
    <message>
        <source>Setting the target of %1 to %2…</source>
        <translation>Đang đặt mục tiêu của %1 thành %2…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>lỗi không xác định</translation>
    </message>
    <message>
        <source>The minimum capacity cannot be greater than the maximum.</source>
        <translation>Dung lượng tối thiểu không được lớn hơn dung lượng tối đa.</translation>
    </message>
    <message>
        <source>Setting the capacity of %1 to %2-%3…</source>
        <translation>Đang đặt dung lượng của %1 thành %2-%3…</translation>
    </message>
    <message>
        <source>Suspend scale-&amp;in</source>
        <translation>Tạm ngưng thu &amp;nhỏ quy mô</translation>
    </message>
    <message>
        <source>Suspend scale-&amp;out</source>
        <translation>Tạm ngưng mở &amp;rộng quy mô</translation>
    </message>
    <message>
        <source>Suspend sc&amp;heduled scaling</source>
        <translation>Tạm ngưng điều chỉnh &amp;quy mô theo lịch</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>&amp;Chính sách mới…</translation>
    </message>
    <message>
        <source>&amp;Edit Policy…</source>
        <translation>&amp;Sửa chính sách…</translation>
    </message>
    <message>
        <source>&amp;Delete Policy</source>
        <translation>&amp;Xóa chính sách</translation>
    </message>
    <message>
        <source>New &amp;Scheduled Action…</source>
        <translation>&amp;Hành động theo lịch mới…</translation>
    </message>
    <message>
        <source>Edit Scheduled Actio&amp;n…</source>
        <translation>Sửa hành độn&amp;g theo lịch…</translation>
    </message>
    <message>
        <source>Delete Scheduled Action</source>
        <translation>Xóa hành động theo lịch</translation>
    </message>
    <message>
        <source>Double-click an alarm for its history.</source>
        <translation>Nhấp đúp vào một cảnh báo để xem lịch sử của cảnh báo đó.</translation>
    </message>
    <message>
        <source>Delete Scaling Policy</source>
        <translation>Xóa chính sách điều chỉnh quy mô</translation>
    </message>
    <message>
        <source>Delete the scaling policy %1 of %2? A target tracking policy&apos;s alarms go with it, and so do the alarms whose only action is this step scaling policy.</source>
        <translation>Xóa chính sách điều chỉnh quy mô %1 của %2? Các cảnh báo của chính sách theo dõi mục tiêu sẽ bị xóa theo, cũng như các cảnh báo có hành động duy nhất là chính sách điều chỉnh theo bậc này.</translation>
    </message>
    <message>
        <source>Delete the scheduled action %1 of %2?</source>
        <translation>Xóa hành động theo lịch %1 của %2?</translation>
    </message>
    <message>
        <source>Saving the target tracking policy %1…</source>
        <translation>Đang lưu chính sách theo dõi mục tiêu %1…</translation>
    </message>
    <message>
        <source>Saving the step scaling policy %1…</source>
        <translation>Đang lưu chính sách điều chỉnh theo bậc %1…</translation>
    </message>
    <message>
        <source>Saving the alarm %1 of %2…</source>
        <translation>Đang lưu cảnh báo %1 của %2…</translation>
    </message>
    <message>
        <source>Deleting the scaling policy %1…</source>
        <translation>Đang xóa chính sách điều chỉnh quy mô %1…</translation>
    </message>
    <message>
        <source>Saving the scheduled action %1…</source>
        <translation>Đang lưu hành động theo lịch %1…</translation>
    </message>
    <message>
        <source>Deleting the scheduled action %1…</source>
        <translation>Đang xóa hành động theo lịch %1…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduleBuilderDialog</name>
    <message>
        <source>Edit Scheduled Task %1</source>
        <translation>Sửa tác vụ theo lịch %1</translation>
    </message>
    <message>
        <source>New Scheduled Task</source>
        <translation>Tác vụ theo lịch mới</translation>
    </message>
    <message>
        <source>EventBridge Scheduler schedule</source>
        <translation>Lịch EventBridge Scheduler</translation>
    </message>
    <message>
        <source>EventBridge rule</source>
        <translation>Quy tắc EventBridge</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Schedule &amp;group:</source>
        <translation>&amp;Nhóm lịch:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Bật</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Mỗi 5 phút</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Mỗi giờ</translation>
    </message>
    <message>
        <source>Every day at...</source>
        <translation>Hằng ngày lúc...</translation>
    </message>
    <message>
        <source>Monday to Friday at...</source>
        <translation>Thứ Hai đến thứ Sáu lúc...</translation>
    </message>
    <message>
        <source>Once at...</source>
        <translation>Một lần lúc...</translation>
    </message>
    <message>
        <source>Custom expression</source>
        <translation>Biểu thức tùy chỉnh</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>Tần &amp;suất:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Vào lúc:</translation>
    </message>
    <message>
        <source>&amp;Once at:</source>
        <translation>Một lần &amp;vào lúc:</translation>
    </message>
    <message>
        <source>at(2030-01-01T09:00:00), rate(10 minutes) or cron(0 9 ? * MON-FRI *)</source>
        <translation>at(2030-01-01T09:00:00), rate(10 minutes) hoặc cron(0 9 ? * MON-FRI *)</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>Biểu t&amp;hức:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Múi &amp;giờ:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Kể từ:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>&amp;Flexible window:</source>
        <translation>Khung thời g&amp;ian linh hoạt:</translation>
    </message>
    <message>
        <source>De&amp;lete the schedule after its last run</source>
        <translation>&amp;Xóa lịch sau lần chạy cuối cùng</translation>
    </message>
    <message>
        <source>Task &amp;definition:</source>
        <translation>Định ng&amp;hĩa tác vụ:</translation>
    </message>
    <message>
        <source>Task cou&amp;nt:</source>
        <translation>&amp;Số lượng tác vụ:</translation>
    </message>
    <message>
        <source>Cluster default</source>
        <translation>Mặc định của cụm</translation>
    </message>
    <message>
        <source>Capacity provider strategy</source>
        <translation>Chiến lược nhà cung cấp dung lượng</translation>
    </message>
    <message>
        <source>&amp;Launch:</source>
        <translation>&amp;Khởi chạy:</translation>
    </message>
    <message>
        <source>FARGATE_SPOT:3, FARGATE:1:1 (name:weight:base)</source>
        <translation>FARGATE_SPOT:3, FARGATE:1:1 (tên:trọng số:cơ sở)</translation>
    </message>
    <message>
        <source>Ca&amp;pacity providers:</source>
        <translation>&amp;Nhà cung cấp dung lượng:</translation>
    </message>
    <message>
        <source>subnet-..., subnet-... (awsvpc tasks)</source>
        <translation>subnet-..., subnet-... (tác vụ awsvpc)</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>Mạn&amp;g con:</translation>
    </message>
    <message>
        <source>sg-...</source>
        <translation>sg-...</translation>
    </message>
    <message>
        <source>Securit&amp;y groups:</source>
        <translation>Nhóm &amp;bảo mật:</translation>
    </message>
    <message>
        <source>Assign a public &amp;IP</source>
        <translation>Gán &amp;IP công khai</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>LATEST</translation>
    </message>
    <message>
        <source>Platform &amp;version:</source>
        <translation>&amp;Phiên bản nền tảng:</translation>
    </message>
    <message>
        <source>family:&lt;family&gt;</source>
        <translation>ví dụ: family:&lt;family&gt;</translation>
    </message>
    <message>
        <source>Task &amp;group:</source>
        <translation>Nhó&amp;m tác vụ:</translation>
    </message>
    <message>
        <source>{&quot;containerOverrides&quot;: [{&quot;name&quot;: &quot;app&quot;, &quot;command&quot;: [&quot;report&quot;]}]}</source>
        <translation>{&quot;containerOverrides&quot;: [{&quot;name&quot;: &quot;app&quot;, &quot;command&quot;: [&quot;report&quot;]}]}</translation>
    </message>
    <message>
        <source>Container &amp;overrides (JSON):</source>
        <translation>Giá trị ghi đè container (&amp;JSON):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Retry &amp;attempts:</source>
        <translation>Số lần thử &amp;lại:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Retry for at &amp;most:</source>
        <translation>&amp;Thử lại trong tối đa:</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Lị&amp;ch chạy</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>Nội &amp;dung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Tạ&amp;o</translation>
    </message>
    <message>
        <source>Next runs: (the expression is not valid)</source>
        <translation>Các lần chạy tiếp theo: (biểu thức không hợp lệ)</translation>
    </message>
    <message>
        <source>Next runs: none</source>
        <translation>Các lần chạy tiếp theo: không có</translation>
    </message>
    <message>
        <source>Next runs (%1): %2</source>
        <translation>Các lần chạy tiếp theo (%1): %2</translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation>Dịch vụ đã từ chối: %1</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Không có kết nối.</translation>
    </message>
    <message>
        <source>The rule was saved but its target was refused: %1: %2</source>
        <translation>Đã lưu quy tắc nhưng mục tiêu của quy tắc bị từ chối: %1: %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledActionDialog</name>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <source>Scheduled Action of %1</source>
        <translation>Hành động theo lịch của %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation>&amp;Lịch:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Múi &amp;giờ:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum capacity:</source>
        <translation>Dung lượng tối thiể&amp;u:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum capacity:</source>
        <translation>Dung lượng tối đ&amp;a:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Các lần chạy tiếp theo:</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 giờ địa phương)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTaskModel</name>
    <message>
        <source>Never</source>
        <translation>Chưa từng chạy</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, đã khởi chạy %2 tác vụ</translation>
    </message>
    <message>
        <source>%1, failed: %2</source>
        <translation>%1, thất bại: %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>%1 x%2</source>
        <translation>%1 x%2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Đã bật</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã tắt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Lần chạy tiếp theo</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Lần chạy gần nhất</translation>
    </message>
    <message>
        <source>Schedule in group %1</source>
        <translation>Lịch trong nhóm %1</translation>
    </message>
    <message>
        <source>EventBridge rule</source>
        <translation>Quy tắc EventBridge</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>đã bật</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;đã tắt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next runs: %1</source>
        <translation>Các lần chạy tiếp theo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>cluster default</source>
        <translation>mặc định của cụm</translation>
    </message>
    <message>
        <source>capacity providers %1</source>
        <translation>nhà cung cấp dung lượng %1</translation>
    </message>
    <message>
        <source>Runs %1 x %2 (%3) in %4, started by %5</source>
        <translation>Chạy %1 x %2 (%3) trong %4, khởi chạy bởi %5</translation>
    </message>
    <message>
        <source>Network: subnets %1; security groups %2; public IP %3</source>
        <translation>Mạng: mạng con %1; nhóm bảo mật %2; IP công khai %3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Task group: %1</source>
        <translation>Nhóm tác vụ: %1</translation>
    </message>
    <message>
        <source>Overrides: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Ghi đè: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message numerus="yes">
        <source>flexible window %n minute(s)</source>
        <translation>
            <numerusform>khung thời gian linh hoạt %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>retries: %1 within %2 s</source>
        <translation>thử lại: %1 lần trong vòng %2 giây</translation>
    </message>
    <message>
        <source>No runs recorded.</source>
        <translation>Chưa ghi nhận lần chạy nào.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n run(s), %1 failed:</source>
        <translation>
            <numerusform>%n lần chạy gần nhất, %1 lần thất bại:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: started %2 (retry %3)</source>
        <translation>%1: đã khởi chạy %2 (lần thử lại %3)</translation>
    </message>
    <message>
        <source>%1: started %2</source>
        <translation>%1: đã khởi chạy %2</translation>
    </message>
    <message>
        <source>%1: &lt;span style=&quot;color:#c0392b&quot;&gt;failed&lt;/span&gt;, %2: %3</source>
        <translation>%1: &lt;span style=&quot;color:#c0392b&quot;&gt;thất bại&lt;/span&gt;, %2: %3</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation> (lần thử lại %1)</translation>
    </message>
    <message>
        <source>; retried at %1</source>
        <translation>; đã thử lại lúc %1</translation>
    </message>
    <message>
        <source>; no retry left</source>
        <translation>; không còn lần thử lại nào</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTaskPage</name>
    <message>
        <source>Sc&amp;heduled Tasks</source>
        <translation>Tác vụ theo &amp;lịch</translation>
    </message>
    <message>
        <source>Run Scheduled Task &amp;Now</source>
        <translation>Chạy tác vụ theo lịch &amp;ngay</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Tác &amp;vụ</translation>
    </message>
    <message>
        <source>Could not load the scheduled tasks: %1</source>
        <translation>Không thể tải các tác vụ theo lịch: %1</translation>
    </message>
    <message>
        <source>Started %1 now.</source>
        <translation>Đã khởi chạy %1 ngay.</translation>
    </message>
    <message>
        <source>New Sc&amp;heduled Task...</source>
        <translation>Tác vụ theo lịch &amp;mới...</translation>
    </message>
    <message>
        <source>&amp;Edit Scheduled Task...</source>
        <translation>&amp;Sửa tác vụ theo lịch...</translation>
    </message>
    <message>
        <source>Ena&amp;ble Scheduled Task</source>
        <translation>&amp;Bật tác vụ theo lịch</translation>
    </message>
    <message>
        <source>Disa&amp;ble Scheduled Task</source>
        <translation>&amp;Tắt tác vụ theo lịch</translation>
    </message>
    <message>
        <source>&amp;Delete Scheduled Task...</source>
        <translation>&amp;Xóa tác vụ theo lịch...</translation>
    </message>
    <message>
        <source>Scheduled task %1 saved.</source>
        <translation>Đã lưu tác vụ theo lịch %1.</translation>
    </message>
    <message>
        <source>Scheduled task %1 enabled.</source>
        <translation>Đã bật tác vụ theo lịch %1.</translation>
    </message>
    <message>
        <source>Scheduled task %1 disabled.</source>
        <translation>Đã tắt tác vụ theo lịch %1.</translation>
    </message>
    <message>
        <source>Delete Scheduled Task</source>
        <translation>Xóa tác vụ theo lịch</translation>
    </message>
    <message>
        <source>Delete schedule %1? Its task stops running at %2.</source>
        <translation>Xóa lịch %1? Tác vụ của lịch sẽ ngừng chạy vào %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete rule %1 and its %n target(s)?</source>
        <translation>
            <numerusform>Xóa quy tắc %1 và %n mục tiêu của quy tắc?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled task %1 deleted.</source>
        <translation>Đã xóa tác vụ theo lịch %1.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Không thể xóa %1: %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTasksView</name>
    <message>
        <source>Scheduled Tasks</source>
        <translation>Tác vụ theo lịch</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Chạy ngay</translation>
    </message>
    <message>
        <source>Run the selected schedule&apos;s or rule&apos;s task now, as it would run it</source>
        <translation>Chạy ngay tác vụ của lịch hoặc quy tắc đã chọn, giống như khi lịch hoặc quy tắc đó tự chạy</translation>
    </message>
    <message>
        <source>Could not load the scheduled tasks: %1</source>
        <translation>Không thể tải các tác vụ theo lịch: %1</translation>
    </message>
    <message>
        <source>Run Now of %1 failed: %2</source>
        <translation>Chạy ngay %1 thất bại: %2</translation>
    </message>
    <message>
        <source>Run Now of %1 placed no task: %2</source>
        <translation>Chạy ngay %1 không đặt được tác vụ nào: %2</translation>
    </message>
    <message>
        <source>Run Now of %1 started %2</source>
        <translation>Chạy ngay %1 đã khởi chạy %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServiceEditorDialog</name>
    <message>
        <source>Deployment</source>
        <translation>Triển khai</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Bố trí</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Load Balancing</source>
        <translation>Cân bằng tải</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>New Service</source>
        <translation>Dịch vụ mới</translation>
    </message>
    <message>
        <source>Edit Service %1</source>
        <translation>Sửa dịch vụ %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>&amp;What Will Change</source>
        <translation>Xem t&amp;rước thay đổi</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Yêu cầu</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Tạ&amp;o</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa hết</translation>
    </message>
    <message>
        <source>Reset to &amp;Current</source>
        <translation>Đặt lại về &amp;hiện tại</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>&amp;Tên dịch vụ:</translation>
    </message>
    <message>
        <source>Sc&amp;heduling:</source>
        <translation>&amp;Lập lịch:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dịch vụ:</translation>
    </message>
    <message>
        <source>Scheduling:</source>
        <translation>Lập lịch:</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>Định nghĩa tác &amp;vụ:</translation>
    </message>
    <message>
        <source>&amp;Desired count:</source>
        <translation>&amp;Số lượng mong muốn:</translation>
    </message>
    <message>
        <source>M&amp;inimum healthy percent:</source>
        <translation>Phần trăm tối thiể&amp;u khỏe mạnh:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum percent:</source>
        <translation>Phần trăm tối đ&amp;a:</translation>
    </message>
    <message>
        <source>Deployment circuit &amp;breaker</source>
        <translation>&amp;Bộ ngắt mạch triển khai</translation>
    </message>
    <message>
        <source>Roll back when the circuit breaker trips</source>
        <translation>Khôi phục khi bộ ngắt mạch kích hoạt</translation>
    </message>
    <message>
        <source>CloudWatch &amp;alarms:</source>
        <translation>Cảnh báo Cloud&amp;Watch:</translation>
    </message>
    <message>
        <source>alarm names, separated by commas</source>
        <translation>tên cảnh báo, phân tách bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Watch the alarms during deployments</source>
        <translation>Theo dõi cảnh báo trong khi triển khai</translation>
    </message>
    <message>
        <source>Roll back when an alarm goes off</source>
        <translation>Khôi phục khi có cảnh báo kích hoạt</translation>
    </message>
    <message>
        <source>&amp;Force a new deployment</source>
        <translation>Buộc triển khai &amp;mới</translation>
    </message>
    <message>
        <source>For task definitions with the awsvpc network mode (Fargate).</source>
        <translation>Dành cho định nghĩa tác vụ dùng chế độ mạng awsvpc (Fargate).</translation>
    </message>
    <message>
        <source>&amp;Subnets:</source>
        <translation>Mạn&amp;g con:</translation>
    </message>
    <message>
        <source>subnet IDs, separated by commas</source>
        <translation>ID mạng con, phân tách bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>&amp;Nhóm bảo mật:</translation>
    </message>
    <message>
        <source>security group IDs, separated by commas</source>
        <translation>ID nhóm bảo mật, phân tách bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Assign &amp;public IP:</source>
        <translation>Gán &amp;IP công khai:</translation>
    </message>
    <message>
        <source>&amp;Constraints:</source>
        <translation>&amp;Ràng buộc:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Biểu thức</translation>
    </message>
    <message>
        <source>a cluster query expression, for memberOf</source>
        <translation>biểu thức truy vấn cụm, cho memberOf</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Chiến lược:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>instanceId, attribute:ecs.availability-zone, cpu, memory...</source>
        <translation>instanceId, attribute:ecs.availability-zone, cpu, memory...</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>&amp;Kiểu khởi chạy:</translation>
    </message>
    <message>
        <source>Launch type:</source>
        <translation>Kiểu khởi chạy:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Platform version:</source>
        <translation>Phiên bản &amp;nền tảng:</translation>
    </message>
    <message>
        <source>LATEST (Fargate only)</source>
        <translation>LATEST (chỉ Fargate)</translation>
    </message>
    <message>
        <source>&amp;Load balancers:</source>
        <translation>Bộ cân &amp;bằng tải:</translation>
    </message>
    <message>
        <source>Target group ARN</source>
        <translation>ARN nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Health check &amp;grace period (s):</source>
        <translation>Thời gian &amp;gia hạn kiểm tra tình trạng (giây):</translation>
    </message>
    <message>
        <source>Service &amp;registries:</source>
        <translation>Sổ đăng &amp;ký dịch vụ:</translation>
    </message>
    <message>
        <source>Registry ARN</source>
        <translation>ARN sổ đăng ký</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Cổng container</translation>
    </message>
    <message>
        <source>Enable &amp;ECS Exec (execute command)</source>
        <translation>Bật &amp;ECS Exec (thực thi lệnh)</translation>
    </message>
    <message>
        <source>&amp;Propagate tags from:</source>
        <translation>&amp;Lan truyền thẻ từ:</translation>
    </message>
    <message>
        <source>Amazon ECS &amp;managed tags</source>
        <translation>Thẻ do Amazon ECS &amp;quản lý</translation>
    </message>
    <message>
        <source>&amp;Availability Zone rebalancing:</source>
        <translation>&amp;Cân bằng lại vùng sẵn sàng:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Thẻ:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct</source>
        <translation>
            <numerusform>%n vấn đề cần sửa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 input, as it will be sent:</source>
        <translation>Đầu vào %1, đúng như sẽ được gửi:</translation>
    </message>
    <message>
        <source>(new service)</source>
        <translation>(dịch vụ mới)</translation>
    </message>
    <message>
        <source>Current service</source>
        <translation>Dịch vụ hiện tại</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Dịch vụ mới</translation>
    </message>
    <message>
        <source>After Apply</source>
        <translation>Sau khi áp dụng</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Hãy sửa các trường được đánh dấu trước.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Không có gì để thay đổi.</translation>
    </message>
    <message>
        <source>Not connected: %1 was not sent.</source>
        <translation>Chưa kết nối: %1 chưa được gửi.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Đang gửi %1…</translation>
    </message>
    <message>
        <source>Deployment c&amp;ontroller:</source>
        <translation>Bộ điều khiển triển kh&amp;ai:</translation>
    </message>
    <message>
        <source>Classic load balancer</source>
        <translation>Bộ cân bằng tải Classic</translation>
    </message>
    <message>
        <source>a Classic Load Balancer&apos;s name</source>
        <translation>tên của một Classic Load Balancer</translation>
    </message>
    <message>
        <source>Load balancer r&amp;ole:</source>
        <translation>&amp;Vai trò bộ cân bằng tải:</translation>
    </message>
    <message>
        <source>an IAM role for a Classic Load Balancer</source>
        <translation>một vai trò IAM cho Classic Load Balancer</translation>
    </message>
    <message>
        <source>Service &amp;Connect (JSON):</source>
        <translation>Service &amp;Connect (JSON):</translation>
    </message>
    <message>
        <source>&amp;Volumes (JSON):</source>
        <translation>&amp;Ổ đĩa (JSON):</translation>
    </message>
    <message>
        <source>VPC &amp;Lattice (JSON):</source>
        <translation>VPC &amp;Lattice (JSON):</translation>
    </message>
    <message>
        <source>Capacity provider strategy:</source>
        <translation>Chiến lược nhà cung cấp dung lượng:</translation>
    </message>
    <message>
        <source>Attach &amp;Target Group…</source>
        <translation>Gắn nhóm mục &amp;tiêu…</translation>
    </message>
    <message>
        <source>Choose a target group and a container port of the task definition</source>
        <translation>Chọn một nhóm mục tiêu và một cổng container của định nghĩa tác vụ</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServiceListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServicePage</name>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Dịch vụ</translation>
    </message>
    <message>
        <source>New &amp;Service…</source>
        <translation>&amp;Dịch vụ mới…</translation>
    </message>
    <message>
        <source>Set &amp;Desired Count…</source>
        <translation>Đặt &amp;số lượng mong muốn…</translation>
    </message>
    <message>
        <source>Update to &amp;Revision…</source>
        <translation>Cập nhật lên &amp;bản sửa đổi…</translation>
    </message>
    <message>
        <source>&amp;Force New Deployment</source>
        <translation>Buộc &amp;triển khai mới</translation>
    </message>
    <message>
        <source>De&amp;lete Service…</source>
        <translation>&amp;Xóa dịch vụ…</translation>
    </message>
    <message>
        <source>Show &amp;Tasks</source>
        <translation>Hiện &amp;tác vụ</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Dịch vụ</translation>
    </message>
    <message>
        <source>Loading the cluster failed: %1</source>
        <translation>Tải cụm thất bại: %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dịch vụ %1</translation>
    </message>
    <message>
        <source>Service %1 created.</source>
        <translation>Đã tạo dịch vụ %1.</translation>
    </message>
    <message>
        <source>Desired count of %1 set to %2.</source>
        <translation>Đã đặt số lượng mong muốn của %1 thành %2.</translation>
    </message>
    <message>
        <source>Update to Revision</source>
        <translation>Cập nhật lên bản sửa đổi</translation>
    </message>
    <message>
        <source>Task definition for %1 (family:revision):</source>
        <translation>Định nghĩa tác vụ cho %1 (family:revision):</translation>
    </message>
    <message>
        <source>%1 is deploying %2.</source>
        <translation>%1 đang triển khai %2.</translation>
    </message>
    <message>
        <source>A new deployment of %1 started.</source>
        <translation>Đã bắt đầu một đợt triển khai mới của %1.</translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation>Xóa dịch vụ</translation>
    </message>
    <message numerus="yes">
        <source>Delete service %1 and stop its %n task(s)?</source>
        <translation>
            <numerusform>Xóa dịch vụ %1 và dừng %n tác vụ của dịch vụ này?</numerusform>
        </translation>
    </message>
    <message>
        <source>Service %1 deleted.</source>
        <translation>Đã xóa dịch vụ %1.</translation>
    </message>
    <message>
        <source>&amp;Edit Service…</source>
        <translation>Chỉnh sửa dịch &amp;vụ…</translation>
    </message>
    <message>
        <source>Roll &amp;Back…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Service %1 updated.</source>
        <translation>Đã cập nhật dịch vụ %1.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::SessionController</name>
    <message>
        <source>Listing the task definitions failed: %1</source>
        <translation>Liệt kê các định nghĩa tác vụ thất bại: %1</translation>
    </message>
    <message>
        <source>Loading tasks… %1 of %2</source>
        <translation>Đang tải tác vụ… %1 trên %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::SsoLoginDialog</name>
    <message>
        <source>Sign In — Profile %1</source>
        <translation>Đăng nhập — Hồ sơ %1</translation>
    </message>
    <message>
        <source>The AWS CLI could not be started (%1). Install AWS CLI v2 and run &quot;aws sso login --profile %2&quot; in a terminal.</source>
        <translation>Không khởi động được AWS CLI (%1). Hãy cài đặt AWS CLI v2 và chạy &quot;aws sso login --profile %2&quot; trong terminal.</translation>
    </message>
    <message>
        <source>Running &quot;%1 %2&quot;: finish the sign-in in your browser.</source>
        <translation>Đang chạy &quot;%1 %2&quot;: hãy hoàn tất đăng nhập trong trình duyệt.</translation>
    </message>
    <message>
        <source>Signed in. Reconnecting profile %1…</source>
        <translation>Đã đăng nhập. Đang kết nối lại hồ sơ %1…</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 was interrupted.</source>
        <translation>Quá trình đăng nhập của hồ sơ %1 đã bị gián đoạn.</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 failed (exit code %2).</source>
        <translation>Đăng nhập hồ sơ %1 không thành công (mã thoát %2).</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::StopTaskDialog</name>
    <message>
        <source>Stop Tasks</source>
        <translation>Dừng tác vụ</translation>
    </message>
    <message>
        <source>Stopped from ECS Desk</source>
        <translation>Dừng từ ECS Desk</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n task(s)? Their containers are sent SIGTERM, then SIGKILL.</source>
        <translation>
            <numerusform>Dừng %n tác vụ? Các container của chúng sẽ nhận SIGTERM, sau đó là SIGKILL.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message numerus="yes">
        <source>The reason is %n character(s) long; ECS keeps at most 255.</source>
        <translation>
            <numerusform>Lý do dài %n ký tự; ECS chỉ giữ tối đa 255.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::StrategyEditor</name>
    <message>
        <source>No strategy: tasks without one use the launch type.</source>
        <translation>Không có chiến lược: các tác vụ không có chiến lược sẽ dùng kiểu khởi chạy.</translation>
    </message>
    <message>
        <source>A&amp;dd Provider</source>
        <translation>Thêm nhà cung cấ&amp;p</translation>
    </message>
    <message>
        <source>Capacity provider</source>
        <translation>Nhà cung cấp dung lượng</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>base </source>
        <translation>cơ sở </translation>
    </message>
    <message>
        <source>The tasks this provider runs first, before the weights share the rest.</source>
        <translation>Số tác vụ mà nhà cung cấp này chạy trước tiên, trước khi các trọng số chia phần còn lại.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>trọng số </translation>
    </message>
    <message>
        <source>The provider&apos;s share of the tasks beyond the base, relative to the other weights.</source>
        <translation>Phần tác vụ vượt quá giá trị cơ sở mà nhà cung cấp này nhận, tương đối so với các trọng số khác.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Xóa nhà cung cấp</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TargetGroupPicker</name>
    <message>
        <source>Loading the target groups…</source>
        <translation>Đang tải các nhóm mục tiêu…</translation>
    </message>
    <message>
        <source>Attach Target Group</source>
        <translation>Gắn nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Nhóm mục tiêu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Protocol and port</source>
        <translation>Giao thức và cổng</translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation>Bộ cân bằng tải</translation>
    </message>
    <message>
        <source>Container and port</source>
        <translation>Container và cổng</translation>
    </message>
    <message>
        <source>&amp;Container and port:</source>
        <translation>&amp;Container và cổng:</translation>
    </message>
    <message>
        <source>Reading the target groups failed: %1</source>
        <translation>Đọc các nhóm mục tiêu thất bại: %1</translation>
    </message>
    <message>
        <source>(none: no traffic reaches it)</source>
        <translation>(không có: không có lưu lượng nào đến nhóm này)</translation>
    </message>
    <message>
        <source>Choose the task definition first</source>
        <translation>Hãy chọn định nghĩa tác vụ trước</translation>
    </message>
    <message>
        <source>Reading the task definition failed: %1</source>
        <translation>Đọc định nghĩa tác vụ thất bại: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No container of %1 maps a port</source>
        <translation>Không có container nào của %1 ánh xạ cổng</translation>
    </message>
    <message>
        <source>There is no target group in this region: create one with its load balancer first.</source>
        <translation>Khu vực này không có nhóm mục tiêu nào: hãy tạo nhóm mục tiêu cùng với bộ cân bằng tải của nhóm đó trước.</translation>
    </message>
    <message>
        <source>Choose the target group the service&apos;s tasks register with, and their container port.</source>
        <translation>Chọn nhóm mục tiêu mà các tác vụ của dịch vụ đăng ký vào, và cổng container của các tác vụ đó.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskDefinitionEditor</name>
    <message>
        <source>Editor</source>
        <translation>Trình soạn thảo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Import task definition</source>
        <translation>Nhập định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Tệp JSON (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Export task definition</source>
        <translation>Xuất định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Compare with source</source>
        <translation>So sánh với bản gốc</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>So sánh các bản sửa đổi…</translation>
    </message>
    <message>
        <source>Compare revisions</source>
        <translation>So sánh các bản sửa đổi</translation>
    </message>
    <message>
        <source>Before (family:revision or ARN):</source>
        <translation>Trước (family:revision hoặc ARN):</translation>
    </message>
    <message>
        <source>After (family:revision or ARN):</source>
        <translation>Sau (family:revision hoặc ARN):</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Register and deploy</source>
        <translation>Đăng ký và triển khai</translation>
    </message>
    <message>
        <source> Cluster: </source>
        <translation> Cụm: </translation>
    </message>
    <message>
        <source> Service: </source>
        <translation> Dịch vụ: </translation>
    </message>
    <message>
        <source>service name</source>
        <translation>tên dịch vụ</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tác vụ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Các vấn đề</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Song song</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Hợp nhất</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Khác biệt</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;đã mở&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Launch types</source>
        <translation>Kiểu khởi chạy</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Chế độ mạng</translation>
    </message>
    <message>
        <source>Task CPU (units)</source>
        <translation>CPU của tác vụ (đơn vị)</translation>
    </message>
    <message>
        <source>Task memory (MiB)</source>
        <translation>Bộ nhớ của tác vụ (MiB)</translation>
    </message>
    <message>
        <source>Task role ARN</source>
        <translation>ARN vai trò tác vụ</translation>
    </message>
    <message>
        <source>Execution role ARN</source>
        <translation>ARN vai trò thực thi</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Hệ điều hành</translation>
    </message>
    <message>
        <source>CPU architecture</source>
        <translation>Kiến trúc CPU</translation>
    </message>
    <message>
        <source>Ephemeral storage (GiB)</source>
        <translation>Bộ nhớ lưu trữ tạm thời (GiB)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Đường dẫn máy chủ</translation>
    </message>
    <message>
        <source>EFS file system</source>
        <translation>Hệ thống tệp EFS</translation>
    </message>
    <message>
        <source>EFS root</source>
        <translation>Thư mục gốc EFS</translation>
    </message>
    <message>
        <source>EFS encryption</source>
        <translation>Mã hóa EFS</translation>
    </message>
    <message>
        <source>Docker scope</source>
        <translation>Phạm vi Docker</translation>
    </message>
    <message>
        <source>Docker driver</source>
        <translation>Trình điều khiển Docker</translation>
    </message>
    <message>
        <source>Autoprovision</source>
        <translation>Tự động cấp phát</translation>
    </message>
    <message>
        <source>Placement constraints</source>
        <translation>Ràng buộc bố trí</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Biểu thức</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Loại proxy</translation>
    </message>
    <message>
        <source>Proxy container</source>
        <translation>Container proxy</translation>
    </message>
    <message>
        <source>Proxy properties</source>
        <translation>Thuộc tính proxy</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Thiết yếu</translation>
    </message>
    <message>
        <source>Stop the task when this container stops</source>
        <translation>Dừng tác vụ khi container này dừng</translation>
    </message>
    <message>
        <source>CPU (units)</source>
        <translation>CPU (đơn vị)</translation>
    </message>
    <message>
        <source>Memory hard limit (MiB)</source>
        <translation>Giới hạn cứng bộ nhớ (MiB)</translation>
    </message>
    <message>
        <source>Memory reservation (MiB)</source>
        <translation>Bộ nhớ dành riêng (MiB)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Điểm vào</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Thư mục làm việc</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Docker labels</source>
        <translation>Nhãn Docker</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Cổng container</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Cổng máy chủ</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Giao thức</translation>
    </message>
    <message>
        <source>App protocol</source>
        <translation>Giao thức ứng dụng</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Biến</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Bí mật</translation>
    </message>
    <message>
        <source>Value from (ARN)</source>
        <translation>Giá trị từ (ARN)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>S3 object ARN</source>
        <translation>ARN đối tượng S3</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Mount points</source>
        <translation>Điểm gắn kết</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>Đường dẫn trong container</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>Volumes from</source>
        <translation>Ổ đĩa từ container khác</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Ghi nhật ký</translation>
    </message>
    <message>
        <source>Log driver</source>
        <translation>Trình điều khiển nhật ký</translation>
    </message>
    <message>
        <source>Use awslogs with defaults</source>
        <translation>Dùng awslogs với thiết lập mặc định</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>Nhóm nhật ký</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Stream prefix</source>
        <translation>Tiền tố luồng</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Tạo nhóm</translation>
    </message>
    <message>
        <source>FireLens router</source>
        <translation>Bộ định tuyến FireLens</translation>
    </message>
    <message>
        <source>FireLens options</source>
        <translation>Tùy chọn FireLens</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Kiểm tra tình trạng</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>Khoảng thời gian (giây)</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Thời gian chờ (giây)</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Số lần thử lại</translation>
    </message>
    <message>
        <source>Start period (s)</source>
        <translation>Thời gian khởi động (giây)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Phụ thuộc vào</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>Ulimit</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Giới hạn mềm</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Giới hạn cứng</translation>
    </message>
    <message>
        <source>Add capabilities</source>
        <translation>Thêm capabilities</translation>
    </message>
    <message>
        <source>Drop capabilities</source>
        <translation>Bỏ capabilities</translation>
    </message>
    <message>
        <source>Init process</source>
        <translation>Tiến trình init</translation>
    </message>
    <message>
        <source>Run an init process (reaps zombies)</source>
        <translation>Chạy một tiến trình init (dọn dẹp tiến trình zombie)</translation>
    </message>
    <message>
        <source>Use awslogs</source>
        <translation>Dùng awslogs</translation>
    </message>
    <message>
        <source>Parts of this definition have the wrong shape; see the problems list.</source>
        <translation>Một số phần của định nghĩa này có cấu trúc không đúng; xem danh sách vấn đề.</translation>
    </message>
    <message>
        <source>The JSON has an error (the form shows the last valid state and is locked until the JSON is fixed): %1</source>
        <translation>JSON có lỗi (biểu mẫu hiển thị trạng thái hợp lệ gần nhất và bị khóa cho đến khi JSON được sửa): %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>(definition)</source>
        <translation>(định nghĩa)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block registering</source>
        <translation>
            <numerusform>%n lỗi ngăn việc đăng ký</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Không có vấn đề</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: registering needs a connection.</source>
        <translation>Chưa kết nối: cần có kết nối để đăng ký.</translation>
    </message>
    <message>
        <source>Fix the errors in the problems list before registering.</source>
        <translation>Hãy sửa các lỗi trong danh sách vấn đề trước khi đăng ký.</translation>
    </message>
    <message>
        <source>Choose the cluster and service to deploy to.</source>
        <translation>Chọn cụm và dịch vụ để triển khai.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Đang đăng ký…</translation>
    </message>
    <message>
        <source>Registering failed: %1</source>
        <translation>Đăng ký thất bại: %1</translation>
    </message>
    <message>
        <source>Registering failed</source>
        <translation>Đăng ký thất bại</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>Đã đăng ký %1</translation>
    </message>
    <message>
        <source>Registered %1; updating %2…</source>
        <translation>Đã đăng ký %1; đang cập nhật %2…</translation>
    </message>
    <message>
        <source>Deploying to %1 failed: %2</source>
        <translation>Triển khai lên %1 thất bại: %2</translation>
    </message>
    <message>
        <source>Deploy failed</source>
        <translation>Triển khai thất bại</translation>
    </message>
    <message>
        <source>Deployment %1 started on %2 (%3)</source>
        <translation>Đã bắt đầu đợt triển khai %1 trên %2 (%3)</translation>
    </message>
    <message>
        <source>(opened)</source>
        <translation>(đã mở)</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>trình soạn thảo</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Chưa kết nối.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comparing failed: %1</source>
        <translation>So sánh thất bại: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Recover task definition</source>
        <translation>Khôi phục định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>A task definition you were editing was not saved (%1). Restore it?</source>
        <translation>Một định nghĩa tác vụ đang được chỉnh sửa chưa được lưu (%1). Khôi phục?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The task definition %1 has changes that are neither registered nor exported.</source>
        <translation>Định nghĩa tác vụ %1 có các thay đổi chưa được đăng ký và cũng chưa được xuất.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>chưa đặt tên</translation>
    </message>
    <message>
        <source>%1[*] — Task definition editor</source>
        <translation>%1[*] — Trình soạn thảo định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The cluster of the service to deploy to</source>
        <translation>Cụm của dịch vụ sẽ triển khai tới</translation>
    </message>
    <message>
        <source>Move container up</source>
        <translation>Di chuyển container lên</translation>
    </message>
    <message>
        <source>Move container down</source>
        <translation>Di chuyển container xuống</translation>
    </message>
    <message>
        <source>Cluster to deploy to</source>
        <translation>Cụm để triển khai tới</translation>
    </message>
    <message>
        <source>Service to deploy to</source>
        <translation>Dịch vụ để triển khai tới</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Differences side by side</source>
        <translation>Khác biệt song song</translation>
    </message>
    <message>
        <source>Differences as unified text</source>
        <translation>Khác biệt dạng văn bản hợp nhất</translation>
    </message>
    <message>
        <source>Port mappings</source>
        <translation>Ánh xạ cổng</translation>
    </message>
    <message>
        <source>Still registering the previous revision.</source>
        <translation>Vẫn đang đăng ký bản sửa đổi trước.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskDefinitionPage</name>
    <message>
        <source>Show inactive revisions</source>
        <translation>Hiện các bản sửa đổi không hoạt động</translation>
    </message>
    <message>
        <source>Also list the deregistered (INACTIVE) revisions of the families</source>
        <translation>Liệt kê cả các bản sửa đổi đã hủy đăng ký (INACTIVE) của các họ</translation>
    </message>
    <message>
        <source>Task &amp;Definitions</source>
        <translation>Định nghĩ&amp;a tác vụ</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>New &amp;Task Definition…</source>
        <translation>Định nghĩa tác vụ &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit as New Revision…</source>
        <translation>&amp;Sửa thành bản sửa đổi mới…</translation>
    </message>
    <message>
        <source>De&amp;register Revision…</source>
        <translation>&amp;Hủy đăng ký bản sửa đổi…</translation>
    </message>
    <message>
        <source>Listing the revisions failed: %1</source>
        <translation>Liệt kê các bản sửa đổi thất bại: %1</translation>
    </message>
    <message>
        <source>Deregister Task Definition</source>
        <translation>Hủy đăng ký định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>Deregister %1? Running tasks keep running; no new task or service can use it.</source>
        <translation>Hủy đăng ký %1? Các tác vụ đang chạy vẫn tiếp tục chạy; không tác vụ hay dịch vụ mới nào có thể dùng nó.</translation>
    </message>
    <message>
        <source>%1 deregistered.</source>
        <translation>Đã hủy đăng ký %1.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskPage</name>
    <message>
        <source>Only failed/stopped</source>
        <translation>Chỉ tác vụ lỗi/đã dừng</translation>
    </message>
    <message>
        <source>Show stopped tasks only, grouped by their stopped reason</source>
        <translation>Chỉ hiển thị tác vụ đã dừng, nhóm theo lý do dừng</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Tác &amp;vụ</translation>
    </message>
    <message>
        <source>&amp;Run Task…</source>
        <translation>&amp;Chạy tác vụ…</translation>
    </message>
    <message>
        <source>S&amp;top Task…</source>
        <translation>&amp;Dừng tác vụ…</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>Sao chép đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Mở trong &amp;trình duyệt</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Tác &amp;vụ</translation>
    </message>
    <message>
        <source>Task %1 (%2)</source>
        <translation>Tác vụ %1 (%2)</translation>
    </message>
    <message>
        <source>Task started.</source>
        <translation>Đã khởi chạy tác vụ.</translation>
    </message>
    <message>
        <source>Task %1 is stopping.</source>
        <translation>Tác vụ %1 đang dừng.</translation>
    </message>
    <message>
        <source>Open &amp;Shell…</source>
        <translation>Mở &amp;shell…</translation>
    </message>
    <message>
        <source>&amp;Forward a Port…</source>
        <translation>C&amp;huyển tiếp cổng…</translation>
    </message>
    <message>
        <source>Port For&amp;wards…</source>
        <translation>Danh sách chuyển tiế&amp;p cổng…</translation>
    </message>
    <message>
        <source>Container %1 has no runtime id yet: wait until it runs.</source>
        <translation>Container %1 chưa có ID thời gian chạy: hãy chờ đến khi container chạy.</translation>
    </message>
    <message>
        <source>Forwarding localhost:%1 to %2:%3 (Task &gt; Port Forwards… lists and stops it).</source>
        <translation>Đang chuyển tiếp localhost:%1 đến %2:%3 (Tác vụ &gt; Danh sách chuyển tiếp cổng… để xem và dừng).</translation>
    </message>
    <message>
        <source>Port Forwards…</source>
        <translation>Danh sách chuyển tiếp cổng…</translation>
    </message>
    <message>
        <source>The connection&apos;s keys could not be read: %1</source>
        <translation>Không đọc được khóa của kết nối: %1</translation>
    </message>
    <message>
        <source>Reading the target health of the load balancers failed: %1</source>
        <translation>Đọc tình trạng mục tiêu của các bộ cân bằng tải thất bại: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::WindowStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Chưa kết nối</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Đã cập nhật %1 giây trước</translation>
    </message>
</context>
<context>
    <name>ElbV2Client</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>Không hiểu được phản hồi của %1.</translation>
    </message>
</context>
<context>
    <name>ExecLauncher</name>
    <message>
        <source>The AWS CLI (aws) is not on PATH.</source>
        <translation>AWS CLI (aws) không có trong PATH.</translation>
    </message>
    <message>
        <source>No terminal emulator found: set $TERMINAL or choose one in Preferences.</source>
        <translation>Không tìm thấy trình giả lập terminal: hãy đặt $TERMINAL hoặc chọn một trình trong Tùy chọn.</translation>
    </message>
    <message>
        <source>The terminal %1 was not found.</source>
        <translation>Không tìm thấy terminal %1.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Không khởi động được %1.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keys are stored in the keychain for this connection.</source>
        <translation>Không có khóa nào được lưu trong chuỗi khóa cho kết nối này.</translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Chuỗi khóa đã từ chối yêu cầu: %1</translation>
    </message>
    <message>
        <source>The keychain store is gone.</source>
        <translation>Kho chuỗi khóa không còn nữa.</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>mục chuỗi khóa %1</translation>
    </message>
    <message>
        <source>The keychain entry for this connection is damaged.</source>
        <translation>Mục chuỗi khóa của kết nối này đã bị hỏng.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Container %1 has no log configuration: its output is not sent to CloudWatch Logs.</source>
        <translation>Container %1 không có cấu hình nhật ký: đầu ra của nó không được gửi tới CloudWatch Logs.</translation>
    </message>
    <message>
        <source>Container %1 sends its logs through FireLens (awsfirelens) to %2, not to a CloudWatch Logs stream ECS Desk can name.</source>
        <translation>Container %1 gửi nhật ký qua FireLens (awsfirelens) tới %2, không phải tới một luồng CloudWatch Logs mà ECS Desk có thể xác định tên.</translation>
    </message>
    <message>
        <source>a destination set in the router&apos;s configuration</source>
        <translation>một đích được đặt trong cấu hình của bộ định tuyến</translation>
    </message>
    <message>
        <source>Container %1 uses the %2 log driver: its logs are not in CloudWatch Logs.</source>
        <translation>Container %1 dùng trình điều khiển nhật ký %2: nhật ký của nó không nằm trong CloudWatch Logs.</translation>
    </message>
    <message>
        <source>Container %1 uses awslogs without an awslogs-group.</source>
        <translation>Container %1 dùng awslogs mà không có awslogs-group.</translation>
    </message>
    <message>
        <source>Container %1 uses awslogs without awslogs-stream-prefix, so its stream is named by the container&apos;s Docker id, which ECS does not report.</source>
        <translation>Container %1 dùng awslogs mà không có awslogs-stream-prefix, nên luồng của nó được đặt tên theo Docker id của container, giá trị mà ECS không báo cáo.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Thời gian (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>Print, follow or search a task&apos;s or service&apos;s container logs</source>
        <translation>In, theo dõi hoặc tìm kiếm nhật ký container của một tác vụ hoặc dịch vụ</translation>
    </message>
    <message>
        <source>Print the CloudWatch Logs of a task&apos;s or a service&apos;s containers (awslogs), follow them, or search them with a filter pattern.</source>
        <translation>In CloudWatch Logs của các container thuộc một tác vụ hoặc dịch vụ (awslogs), theo dõi chúng, hoặc tìm kiếm bằng một mẫu lọc.</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>Tên hoặc ARN của cụm (bắt buộc).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>Service: its running tasks.</source>
        <translation>Dịch vụ: lấy các tác vụ đang chạy của dịch vụ.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>dịch vụ</translation>
    </message>
    <message>
        <source>Task id or ARN; repeat for several.</source>
        <translation>ID hoặc ARN của tác vụ; lặp lại để chỉ định nhiều tác vụ.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tác vụ</translation>
    </message>
    <message>
        <source>Keep printing new events (Ctrl+C stops).</source>
        <translation>Tiếp tục in các sự kiện mới (Ctrl+C để dừng).</translation>
    </message>
    <message>
        <source>CloudWatch Logs filter pattern (FilterLogEvents).</source>
        <translation>Mẫu lọc CloudWatch Logs (FilterLogEvents).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>mẫu</translation>
    </message>
    <message>
        <source>With --filter: only events this recent (1h, 2d ...).</source>
        <translation>Với --filter: chỉ lấy các sự kiện trong khoảng thời gian gần đây này (1h, 2d ...).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>thời lượng</translation>
    </message>
    <message>
        <source>Newest events per stream without --filter (default 100).</source>
        <translation>Số sự kiện mới nhất cho mỗi luồng khi không có --filter (mặc định 100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: %1</source>
        <translation>ecsdesk-cli logs: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>đối số không mong đợi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>cần có --cluster</translation>
    </message>
    <message>
        <source>give either --service or --task</source>
        <translation>hãy chỉ định --service hoặc --task</translation>
    </message>
    <message>
        <source>--follow and --filter cannot be combined</source>
        <translation>không thể kết hợp --follow và --filter</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000</source>
        <translation>--limit nhận một số từ 1 đến 10000</translation>
    </message>
    <message>
        <source>--since &apos;%1&apos; is not a duration like 30m, 1h or 2d</source>
        <translation>--since &apos;%1&apos; không phải là khoảng thời gian như 30m, 1h hoặc 2d</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>lưu ý: %1</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: no container of these tasks writes to CloudWatch Logs (awslogs)</source>
        <translation>ecsdesk-cli logs: không container nào của các tác vụ này ghi vào CloudWatch Logs (awslogs)</translation>
    </message>
    <message>
        <source>note: more than %1 matches; showing the first</source>
        <translation>lưu ý: có hơn %1 kết quả khớp; chỉ hiển thị các kết quả đầu tiên</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: %1: %2</source>
        <translation>ecsdesk-cli logs: %1: %2</translation>
    </message>
    <message>
        <source>note: no log stream %1 in log group %2 yet</source>
        <translation>lưu ý: chưa có luồng nhật ký %1 trong nhóm nhật ký %2</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: none of these log streams exists yet (nothing logged so far)</source>
        <translation>ecsdesk-cli logs: chưa có luồng nhật ký nào trong số này (chưa ghi nhật ký gì)</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Print cluster, service or task metrics as CSV or JSON</source>
        <translation>In chỉ số của cụm, dịch vụ hoặc tác vụ dưới dạng CSV hoặc JSON</translation>
    </message>
    <message>
        <source>Print CPU or memory utilization of an ECS cluster, its services or a task as CSV or JSON.</source>
        <translation>In mức sử dụng CPU hoặc bộ nhớ của một cụm ECS, các dịch vụ của cụm hoặc một tác vụ dưới dạng CSV hoặc JSON.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>Tên cụm (bắt buộc).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>Service name; repeat to overlay several. Default: the cluster.</source>
        <translation>Tên dịch vụ; lặp lại để hiển thị chồng nhiều dịch vụ. Mặc định: toàn cụm.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>dịch vụ</translation>
    </message>
    <message>
        <source>Task id: Container Insights metrics of one task.</source>
        <translation>ID tác vụ: chỉ số Container Insights của một tác vụ.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>CPUUtilization (default) or MemoryUtilization.</source>
        <translation>CPUUtilization (mặc định) hoặc MemoryUtilization.</translation>
    </message>
    <message>
        <source>How far back from now: 1h (default), 3h, 12h, 1d, 3d, 1w, 90m ...</source>
        <translation>Khoảng thời gian tính ngược từ hiện tại: 1h (mặc định), 3h, 12h, 1d, 3d, 1w, 90m ...</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>thời lượng</translation>
    </message>
    <message>
        <source>Start time (ISO 8601), instead of --range.</source>
        <translation>Thời điểm bắt đầu (ISO 8601), thay cho --range.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>thời điểm</translation>
    </message>
    <message>
        <source>End time (ISO 8601; default now).</source>
        <translation>Thời điểm kết thúc (ISO 8601; mặc định là hiện tại).</translation>
    </message>
    <message>
        <source>Seconds per datapoint, a multiple of 60, or auto (default: the smallest within the API limit).</source>
        <translation>Số giây cho mỗi điểm dữ liệu, là bội số của 60, hoặc auto (mặc định: giá trị nhỏ nhất nằm trong giới hạn của API).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <source>Average (default), Minimum, Maximum, Sum, SampleCount, p90 ...</source>
        <translation>Average (mặc định), Minimum, Maximum, Sum, SampleCount, p90 ...</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>thống kê</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Định dạng đầu ra: csv (mặc định) hoặc json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>ecsdesk-cli metrics: %1</source>
        <translation>ecsdesk-cli metrics: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>đối số không mong đợi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>cần có --cluster</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;</source>
        <translation>--format phải là csv hoặc json, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--metric must be CPUUtilization or MemoryUtilization, not &apos;%1&apos;</source>
        <translation>--metric phải là CPUUtilization hoặc MemoryUtilization, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--end &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>--end &apos;%1&apos; không phải là thời điểm ISO 8601</translation>
    </message>
    <message>
        <source>--start &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>--start &apos;%1&apos; không phải là thời điểm ISO 8601</translation>
    </message>
    <message>
        <source>--range &apos;%1&apos; is not a duration like 1h, 3d or 1w</source>
        <translation>--range &apos;%1&apos; không phải là khoảng thời gian như 1h, 3d hoặc 1w</translation>
    </message>
    <message>
        <source>the start must be before the end</source>
        <translation>thời điểm bắt đầu phải trước thời điểm kết thúc</translation>
    </message>
    <message>
        <source>--period must be auto or a positive multiple of 60, not &apos;%1&apos;</source>
        <translation>--period phải là auto hoặc một bội số dương của 60, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--period %1 over this range asks for %2 datapoints; GetMetricData allows %3</source>
        <translation>--period %1 trên khoảng thời gian này cần %2 điểm dữ liệu; GetMetricData chỉ cho phép %3</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>không thể ghi ra stdout</translation>
    </message>
</context>
<context>
    <name>MetricsPane</name>
    <message>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 giờ</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 giờ</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 ngày</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 tuần</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
</context>
<context>
    <name>OverviewCommand</name>
    <message>
        <source>What needs attention in every profile, region and cluster</source>
        <translation>Những gì cần chú ý trong mọi hồ sơ, khu vực và cụm</translation>
    </message>
    <message>
        <source>What needs attention in every cluster of every profile and region: services below their desired count, failed or rolled-back deployments, tasks stopped in the last hour by reason, pending and provisioning tasks, capacity and alarms in ALARM.</source>
        <translation>Những gì cần chú ý trong mọi cụm của mọi hồ sơ và khu vực: dịch vụ dưới số lượng mong muốn, đợt triển khai lỗi hoặc đã bị khôi phục, tác vụ đã dừng trong một giờ qua theo lý do, tác vụ đang chờ và đang cấp phát, dung lượng và cảnh báo ở trạng thái ALARM.</translation>
    </message>
    <message>
        <source>AWS profile; repeat for several. Default: the default profile.</source>
        <translation>Hồ sơ AWS; lặp lại để chỉ định nhiều hồ sơ. Mặc định: hồ sơ mặc định.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>AWS region; repeat for several. Default: the profile&apos;s region.</source>
        <translation>Khu vực AWS; lặp lại để chỉ định nhiều khu vực. Mặc định: khu vực của hồ sơ.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>vùng</translation>
    </message>
    <message>
        <source>Send every call to this endpoint (moto, local endpoint).</source>
        <translation>Gửi mọi lệnh gọi tới điểm cuối này (moto, điểm cuối cục bộ).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Định dạng đầu ra: table (mặc định), json hoặc csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>Only the clusters where something needs attention.</source>
        <translation>Chỉ các cụm có điều cần chú ý.</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: %1</source>
        <translation>ecsdesk-cli overview: %1</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &apos;%1&apos;</source>
        <translation>--format phải là table, json hoặc csv, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--endpoint-url &apos;%1&apos; is not a URL</source>
        <translation>--endpoint-url &apos;%1&apos; không phải là URL</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: %1 %2: %3</source>
        <translation>ecsdesk-cli overview: %1 %2: %3</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: %1 %2 %3: %4</source>
        <translation>ecsdesk-cli overview: %1 %2 %3: %4</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: cannot write to stdout</source>
        <translation>ecsdesk-cli overview: không thể ghi ra stdout</translation>
    </message>
</context>
<context>
    <name>PageTokens</name>
    <message>
        <source>The server returned the same page token twice for %1; stopped listing instead of looping forever.</source>
        <translation>Máy chủ trả về cùng một mã trang hai lần cho %1; đã dừng liệt kê thay vì lặp mãi.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Spread across zones</source>
        <translation>Trải đều trên các vùng</translation>
    </message>
    <message>
        <source>Binpack on memory</source>
        <translation>Binpack theo bộ nhớ</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Ngẫu nhiên</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
</context>
<context>
    <name>ScalingCommand</name>
    <message>
        <source>Print a service&apos;s scaling target, policies, alarms and activities</source>
        <translation>In mục tiêu điều chỉnh quy mô, các chính sách, cảnh báo và hoạt động của một dịch vụ</translation>
    </message>
    <message>
        <source>ecsdesk-cli scaling: %1</source>
        <translation>ecsdesk-cli scaling: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 for %5 of %6 x %7 s</source>
        <translation>%1 %2 %3 %4 trong %5 trên %6 chu kỳ %7 giây</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>phép toán chỉ số</translation>
    </message>
    <message>
        <source>%1 is not registered as a scalable target.</source>
        <translation>%1 chưa được đăng ký làm mục tiêu điều chỉnh quy mô.</translation>
    </message>
    <message>
        <source>scale-in</source>
        <translation>thu nhỏ quy mô</translation>
    </message>
    <message>
        <source>scale-out</source>
        <translation>mở rộng quy mô</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>điều chỉnh quy mô theo lịch</translation>
    </message>
    <message>
        <source>Scalable target %1 (%2): min %3, max %4; suspended: %5</source>
        <translation>Mục tiêu điều chỉnh quy mô %1 (%2): tối thiểu %3, tối đa %4; đang tạm ngưng: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Chính sách (%1)</translation>
    </message>
    <message>
        <source>%1: target tracking, %2 at %3; cooldowns out %4 s, in %5 s%6</source>
        <translation>%1: theo dõi mục tiêu, %2 ở mức %3; thời gian chờ khi mở rộng %4 giây, khi thu nhỏ %5 giây%6</translation>
    </message>
    <message>
        <source>; scale-in disabled</source>
        <translation>; đã tắt thu nhỏ quy mô</translation>
    </message>
    <message>
        <source>%1: step scaling, %2, cooldown %3 s, steps %4</source>
        <translation>%1: điều chỉnh theo bậc, %2, thời gian chờ %3 giây, các bậc %4</translation>
    </message>
    <message>
        <source>alarm %1 (%2)</source>
        <translation>cảnh báo %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>Cảnh báo (%1)</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1 từ %2: %3</translation>
    </message>
    <message>
        <source>; actions disabled</source>
        <translation>; đã tắt hành động</translation>
    </message>
    <message>
        <source>Scheduled actions (%1)</source>
        <translation>Hành động theo lịch (%1)</translation>
    </message>
    <message>
        <source>%1: %2%3, min %4, max %5</source>
        <translation>%1: %2%3, tối thiểu %4, tối đa %5</translation>
    </message>
    <message>
        <source>Recent activities (%1, newest first)</source>
        <translation>Hoạt động gần đây (%1, mới nhất trước)</translation>
    </message>
    <message>
        <source>Print a service&apos;s auto scaling: the scalable target, its policies, the CloudWatch alarms behind them, scheduled actions and recent activities.</source>
        <translation>In cấu hình tự động điều chỉnh quy mô của một dịch vụ: mục tiêu điều chỉnh quy mô, các chính sách, các cảnh báo CloudWatch kích hoạt chính sách, hành động theo lịch và các hoạt động gần đây.</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>Tên cụm (bắt buộc).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>Service name (required).</source>
        <translation>Tên dịch vụ (bắt buộc).</translation>
    </message>
    <message>
        <source>service</source>
        <translation>dịch vụ</translation>
    </message>
    <message>
        <source>How many recent scaling activities to show (default 10).</source>
        <translation>Số hoạt động điều chỉnh quy mô gần đây cần hiển thị (mặc định 10).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Định dạng đầu ra: text (mặc định) hoặc json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>đối số không mong đợi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster and --service are required</source>
        <translation>cần có --cluster và --service</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format phải là text hoặc json, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--activities must be a number, not &apos;%1&apos;</source>
        <translation>--activities phải là một số, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>không thể ghi ra stdout</translation>
    </message>
</context>
<context>
    <name>SchedulesCommand</name>
    <message>
        <source>List the schedules and rules that run tasks in a cluster</source>
        <translation>Liệt kê các lịch và quy tắc chạy tác vụ trong một cụm</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>Tên hoặc ARN của cụm (bắt buộc).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Định dạng đầu ra: table (mặc định), json hoặc csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>How many next run times to show (default 3).</source>
        <translation>Số lần chạy tiếp theo cần hiển thị (mặc định 3).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>ecsdesk-cli schedules: %1</source>
        <translation>ecsdesk-cli schedules: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>đối số không mong đợi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>cần có --cluster</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &apos;%1&apos;</source>
        <translation>--format phải là table, json hoặc csv, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--next takes a number from 0 to 100</source>
        <translation>--next nhận một số từ 0 đến 100</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>LOẠI</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>EXPRESSION</source>
        <translation>BIỂU THỨC</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TRẠNG THÁI</translation>
    </message>
    <message>
        <source>TASK DEFINITION</source>
        <translation>ĐỊNH NGHĨA TÁC VỤ</translation>
    </message>
    <message>
        <source>NEXT RUN (UTC)</source>
        <translation>LẦN CHẠY TIẾP THEO (UTC)</translation>
    </message>
    <message>
        <source>LAST RUN (UTC)</source>
        <translation>LẦN CHẠY GẦN NHẤT (UTC)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa từng chạy</translation>
    </message>
    <message>
        <source>No schedule or rule runs a task in this cluster.</source>
        <translation>Không có lịch hoặc quy tắc nào chạy tác vụ trong cụm này.</translation>
    </message>
    <message>
        <source>List the EventBridge Scheduler schedules and EventBridge rules that run task definitions in a cluster: expression, next runs, task definition, state and last run.</source>
        <translation>Liệt kê các lịch EventBridge Scheduler và quy tắc EventBridge chạy định nghĩa tác vụ trong một cụm: biểu thức, các lần chạy tiếp theo, định nghĩa tác vụ, trạng thái và lần chạy gần nhất.</translation>
    </message>
    <message>
        <source>ecsdesk-cli schedules: cannot write to stdout</source>
        <translation>ecsdesk-cli schedules: không thể ghi ra stdout</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>ecsdesk-cli service: %1</source>
        <translation>ecsdesk-cli service: %1</translation>
    </message>
    <message>
        <source>%1 has no service deployments.</source>
        <translation>%1 không có đợt triển khai dịch vụ nào.</translation>
    </message>
    <message>
        <source>revision %1, trigger %2</source>
        <translation>bản sửa đổi %1, nguồn kích hoạt %2</translation>
    </message>
    <message>
        <source>created %1, started %2, finished %3</source>
        <translation>tạo lúc %1, bắt đầu lúc %2, kết thúc lúc %3</translation>
    </message>
    <message>
        <source>tasks: %1 running, %2 pending of %3 requested</source>
        <translation>tác vụ: %1 đang chạy, %2 đang chờ trên %3 được yêu cầu</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>khôi phục: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>đối số không mong đợi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster and --service are required</source>
        <translation>cần có --cluster và --service</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>Tên hoặc ARN của cụm (bắt buộc).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>Service name or ARN (required).</source>
        <translation>Tên hoặc ARN của dịch vụ (bắt buộc).</translation>
    </message>
    <message>
        <source>service</source>
        <translation>dịch vụ</translation>
    </message>
    <message>
        <source>Print a service&apos;s deployments, newest first: the service revision and task definition, when it started and finished, its state, the reason and what triggered it (user, circuit breaker, alarm, auto scaling).</source>
        <translation>In các đợt triển khai của một dịch vụ, mới nhất trước: bản sửa đổi dịch vụ và định nghĩa tác vụ, thời điểm bắt đầu và kết thúc, trạng thái, lý do và nguồn kích hoạt (người dùng, bộ ngắt mạch, cảnh báo, tự động điều chỉnh quy mô).</translation>
    </message>
    <message>
        <source>Output format: text (default), json or csv.</source>
        <translation>Định dạng đầu ra: text (mặc định), json hoặc csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>How many of the newest deployments to show (default 50).</source>
        <translation>Số đợt triển khai mới nhất cần hiển thị (mặc định 50).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not &apos;%1&apos;</source>
        <translation>--format phải là text, json hoặc csv, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &apos;%1&apos;</source>
        <translation>--limit phải là một số dương, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Roll a service back. While a deployment is in progress, stop it with ROLLBACK (StopServiceDeployment); otherwise update the service to an earlier revision&apos;s task definition and settings: the one --to names, or the newest earlier successful one. The differences are printed first.</source>
        <translation>Khôi phục một dịch vụ. Khi một đợt triển khai đang diễn ra, dừng đợt đó bằng ROLLBACK (StopServiceDeployment); nếu không, cập nhật dịch vụ về định nghĩa tác vụ và thiết lập của một bản sửa đổi trước đó: bản do --to chỉ định, hoặc bản thành công gần nhất trước đó. Các khác biệt được in ra trước.</translation>
    </message>
    <message>
        <source>The revision to go back to: a service revision ARN or id, a deployment ARN or id, or a task definition (family:revision).</source>
        <translation>Bản sửa đổi cần quay về: ARN hoặc ID của bản sửa đổi dịch vụ, ARN hoặc ID của đợt triển khai, hoặc một định nghĩa tác vụ (family:revision).</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>bản sửa đổi</translation>
    </message>
    <message>
        <source>Print what would change, change nothing.</source>
        <translation>In những gì sẽ thay đổi, không thay đổi gì.</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 is in progress: stopping it with ROLLBACK.</source>
        <translation>Đợt triển khai %1 của %2 đang diễn ra: đang dừng đợt đó bằng ROLLBACK.</translation>
    </message>
    <message>
        <source>Updating %1 to revision %2 (%3).</source>
        <translation>Đang cập nhật %1 lên bản sửa đổi %2 (%3).</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Không có khác biệt.</translation>
    </message>
    <message>
        <source>Rollback requested.</source>
        <translation>Đã yêu cầu khôi phục.</translation>
    </message>
    <message>
        <source>Deployment started.</source>
        <translation>Đã bắt đầu triển khai.</translation>
    </message>
    <message>
        <source>Usage: ecsdesk-cli service deployments|rollback [options]</source>
        <translation>Cách dùng: ecsdesk-cli service deployments|rollback [tùy chọn]</translation>
    </message>
    <message>
        <source>expected &apos;deployments&apos; or &apos;rollback&apos;</source>
        <translation>cần &apos;deployments&apos; hoặc &apos;rollback&apos;</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (expected &apos;deployments&apos; or &apos;rollback&apos;)</source>
        <translation>lệnh con không xác định &apos;%1&apos; (cần &apos;deployments&apos; hoặc &apos;rollback&apos;)</translation>
    </message>
    <message>
        <source>Print a service&apos;s deployments, or roll it back</source>
        <translation>In các đợt triển khai của một dịch vụ hoặc khôi phục dịch vụ đó</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Export whole clusters as JSON or CSV</source>
        <translation>Xuất toàn bộ cụm dưới dạng JSON hoặc CSV</translation>
    </message>
    <message>
        <source>Fetch whole ECS clusters (services, tasks, container instances, task definitions) and print them as JSON or CSV.</source>
        <translation>Tải toàn bộ các cụm ECS (dịch vụ, tác vụ, phiên bản container, định nghĩa tác vụ) và in ra dưới dạng JSON hoặc CSV.</translation>
    </message>
    <message>
        <source>Cluster name or ARN; repeat for several. Default: all clusters.</source>
        <translation>Tên hoặc ARN của cụm; lặp lại để chỉ định nhiều cụm. Mặc định: tất cả các cụm.</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Định dạng đầu ra: json (mặc định) hoặc csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>định dạng</translation>
    </message>
    <message>
        <source>Leave out tasks whose desired status is STOPPED.</source>
        <translation>Bỏ qua các tác vụ có trạng thái mong muốn là STOPPED.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Per-request timeout in seconds (default 30).</source>
        <translation>Thời gian chờ cho mỗi yêu cầu, tính bằng giây (mặc định 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Không hiển thị tiến độ trên stderr.</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: %1</source>
        <translation>ecsdesk-cli snapshot: %1</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: listing clusters failed: %1</source>
        <translation>ecsdesk-cli snapshot: liệt kê các cụm thất bại: %1</translation>
    </message>
    <message>
        <source>  %1/%2 calls, %3 services, %4 tasks, %5 instances, %6 task definitions</source>
        <translation>  %1/%2 lệnh gọi, %3 dịch vụ, %4 tác vụ, %5 phiên bản, %6 định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>Loading cluster %1 ...</source>
        <translation>Đang tải cụm %1 ...</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: cluster %1: %2</source>
        <translation>ecsdesk-cli snapshot: cụm %1: %2</translation>
    </message>
    <message>
        <source>Cluster %1: %2 services, %3 tasks, %4 container instances, %5 task definitions, %6 calls, %7 ms</source>
        <translation>Cụm %1: %2 dịch vụ, %3 tác vụ, %4 phiên bản container, %5 định nghĩa tác vụ, %6 lệnh gọi, %7 ms</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: cannot write to stdout</source>
        <translation>ecsdesk-cli snapshot: không thể ghi ra stdout</translation>
    </message>
    <message>
        <source>Most API calls in flight at once (default 96).</source>
        <translation>Số lệnh gọi API chạy đồng thời tối đa (mặc định 96).</translation>
    </message>
    <message>
        <source>Attempts per request against server errors, network failures and timeouts, retries included (default %1); throttling is retried for up to %2 s.</source>
        <translation>Số lần thử cho mỗi yêu cầu khi gặp lỗi máy chủ, lỗi mạng và hết thời gian, kể cả lần thử lại (mặc định %1); điều tiết được thử lại trong tối đa %2 giây.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format phải là json hoặc csv, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-in-flight, --timeout and --max-attempts take positive numbers</source>
        <translation>--max-in-flight, --timeout và --max-attempts nhận số dương</translation>
    </message>
</context>
<context>
    <name>SsoClient</name>
    <message>
        <source>The SSO portal answer has no role credentials.</source>
        <translation>Phản hồi của cổng SSO không có thông tin xác thực vai trò.</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>The AssumeRole answer has no credentials.</source>
        <translation>Phản hồi AssumeRole không có thông tin xác thực.</translation>
    </message>
    <message>
        <source>The GetCallerIdentity answer is not understood.</source>
        <translation>Không hiểu được phản hồi GetCallerIdentity.</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionDiff</name>
    <message>
        <source>(added)</source>
        <translation>(đã thêm)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(đã thay đổi)</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionJson</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here (is a comma missing?)</source>
        <translation>cần &apos;,&apos; hoặc &apos;}&apos; ở đây (có thiếu dấu phẩy không?)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here (is a comma missing?)</source>
        <translation>cần &apos;,&apos; hoặc &apos;]&apos; ở đây (có thiếu dấu phẩy không?)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the field name</source>
        <translation>cần &apos;:&apos; sau tên trường</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between values</source>
        <translation>cần &apos;,&apos; giữa các giá trị</translation>
    </message>
    <message>
        <source>not a JSON value (strings need double quotes; true, false and null are lower case; no trailing commas)</source>
        <translation>không phải là giá trị JSON (chuỗi cần dấu ngoặc kép; true, false và null viết thường; không có dấu phẩy ở cuối)</translation>
    </message>
    <message>
        <source>a string is not closed with a double quote</source>
        <translation>một chuỗi chưa được đóng bằng dấu ngoặc kép</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>có văn bản không mong đợi sau khi kết thúc tài liệu</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>không phải JSON hợp lệ: %1</translation>
    </message>
    <message>
        <source>a task definition must be a JSON object, not %1</source>
        <translation>định nghĩa tác vụ phải là một đối tượng JSON, không phải %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>một mảng</translation>
    </message>
    <message>
        <source>a scalar value</source>
        <translation>một giá trị vô hướng</translation>
    </message>
    <message>
        <source>taskDefinition must be an object holding the task definition</source>
        <translation>taskDefinition phải là một đối tượng chứa định nghĩa tác vụ</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không thể đọc %1: %2</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionValidator</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>một giá trị boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>một chuỗi</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>a string such as &quot;1024&quot;</source>
        <translation>một chuỗi như &quot;1024&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>một danh sách chuỗi</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>một danh sách đối tượng</translation>
    </message>
    <message>
        <source>an object of string values</source>
        <translation>một đối tượng có giá trị là chuỗi</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>trường không xác định &quot;%1&quot;: có phải là &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>%1 is null, which the ECS API does not accept: remove it or give it a value</source>
        <translation>%1 là null, giá trị mà ECS API không chấp nhận: hãy xóa nó hoặc gán một giá trị</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3</source>
        <translation>%1 phải là %2 (hiện tại: %3)</translation>
    </message>
    <message>
        <source>each element of %1 must be %2, but this one is %3</source>
        <translation>mỗi phần tử của %1 phải là %2 (phần tử này: %3)</translation>
    </message>
    <message>
        <source>the value of %1 must be a string, but it is %2</source>
        <translation>giá trị của %1 phải là một chuỗi (hiện tại: %2)</translation>
    </message>
    <message>
        <source>every volume needs a name that mount points refer to</source>
        <translation>mọi ổ đĩa đều cần một tên để các điểm gắn kết tham chiếu đến</translation>
    </message>
    <message>
        <source>another volume is already named &quot;%1&quot;</source>
        <translation>đã có một ổ đĩa khác tên là &quot;%1&quot;</translation>
    </message>
    <message>
        <source>family is required: it names the task definition that each registration adds a revision to</source>
        <translation>family là bắt buộc: nó đặt tên cho định nghĩa tác vụ mà mỗi lần đăng ký sẽ thêm một bản sửa đổi vào</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; contains a template placeholder; it is checked after substitution</source>
        <translation>family &quot;%1&quot; chứa phần giữ chỗ mẫu; giá trị sẽ được kiểm tra sau khi thay thế</translation>
    </message>
    <message>
        <source>a task definition needs at least one container in containerDefinitions</source>
        <translation>định nghĩa tác vụ cần ít nhất một container trong containerDefinitions</translation>
    </message>
    <message>
        <source>network mode &quot;%1&quot; is not one of bridge, host, awsvpc or none</source>
        <translation>chế độ mạng &quot;%1&quot; không phải là bridge, host, awsvpc hoặc none</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a launch type: use EC2, FARGATE or EXTERNAL</source>
        <translation>&quot;%1&quot; không phải là kiểu khởi chạy: hãy dùng EC2, FARGATE hoặc EXTERNAL</translation>
    </message>
    <message>
        <source>ephemeral storage must be a whole number of GiB from 21 to 200</source>
        <translation>bộ nhớ lưu trữ tạm thời phải là một số nguyên GiB từ 21 đến 200</translation>
    </message>
    <message>
        <source>at least one container must be essential (essential defaults to true when left out)</source>
        <translation>ít nhất một container phải là thiết yếu (essential mặc định là true khi bỏ trống)</translation>
    </message>
    <message>
        <source>%1 contains a template placeholder; it is checked after substitution</source>
        <translation>%1 chứa phần giữ chỗ mẫu; giá trị sẽ được kiểm tra sau khi thay thế</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role ARN (arn:aws:iam::123456789012:role/name)</source>
        <translation>&quot;%1&quot; không phải là ARN vai trò IAM (arn:aws:iam::123456789012:role/name)</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; in %2 looks like a placeholder: put the real 12-digit account ID</source>
        <translation>tài khoản &quot;%1&quot; trong %2 có vẻ là phần giữ chỗ: hãy điền ID tài khoản thật gồm 12 chữ số</translation>
    </message>
    <message>
        <source>account ID %1 in %2 has %3 digits; AWS account IDs have 12</source>
        <translation>ID tài khoản %1 trong %2 có %3 chữ số; ID tài khoản AWS có 12 chữ số</translation>
    </message>
    <message>
        <source>Fargate tasks cannot have placement constraints</source>
        <translation>tác vụ Fargate không thể có ràng buộc bố trí</translation>
    </message>
    <message>
        <source>Fargate tasks do not support ipcMode</source>
        <translation>tác vụ Fargate không hỗ trợ ipcMode</translation>
    </message>
    <message>
        <source>Fargate does not support %1 (container %2)</source>
        <translation>Fargate không hỗ trợ %1 (container %2)</translation>
    </message>
    <message>
        <source>Fargate does not support Docker volumes; use a bind mount (no host) or EFS</source>
        <translation>Fargate không hỗ trợ ổ đĩa Docker; hãy dùng bind mount (không có host) hoặc EFS</translation>
    </message>
    <message>
        <source>Fargate tasks cannot mount a host path; leave host out for a task-scoped volume</source>
        <translation>tác vụ Fargate không thể gắn kết đường dẫn máy chủ; hãy bỏ host để dùng ổ đĩa trong phạm vi tác vụ</translation>
    </message>
    <message>
        <source>container %1 may use up to %2 MiB, more than the task&apos;s %3 MiB</source>
        <translation>container %1 có thể dùng tới %2 MiB, nhiều hơn %3 MiB của tác vụ</translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; contains a template placeholder</source>
        <translation>tên container &quot;%1&quot; chứa phần giữ chỗ mẫu</translation>
    </message>
    <message>
        <source>a container needs at least 6 MiB of memory, not %1</source>
        <translation>một container cần ít nhất 6 MiB bộ nhớ, không phải %1</translation>
    </message>
    <message>
        <source>an environment variable needs a name</source>
        <translation>một biến môi trường cần có tên</translation>
    </message>
    <message>
        <source>environment variable %1 is set more than once; only one value takes effect</source>
        <translation>biến môi trường %1 được đặt nhiều lần; chỉ một giá trị có hiệu lực</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Secrets Manager secret ARN</source>
        <translation>&quot;%1&quot; không phải là ARN bí mật của Secrets Manager</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; contains a template placeholder; it is checked after substitution</source>
        <translation>image &quot;%1&quot; chứa phần giữ chỗ mẫu; giá trị sẽ được kiểm tra sau khi thay thế</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image reference: [registry/]repository[:tag][@sha256:digest], repository in lower case</source>
        <translation>&quot;%1&quot; không phải là tham chiếu image hợp lệ: [registry/]repository[:tag][@sha256:digest], repository viết thường</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not tcp or udp</source>
        <translation>giao thức &quot;%1&quot; không phải là tcp hoặc udp</translation>
    </message>
    <message>
        <source>a port mapping needs a containerPort</source>
        <translation>ánh xạ cổng cần có containerPort</translation>
    </message>
    <message>
        <source>port %1 is not between 1 and 65535</source>
        <translation>cổng %1 không nằm trong khoảng từ 1 đến 65535</translation>
    </message>
    <message>
        <source>host port %1 is not between 0 and 65535</source>
        <translation>cổng máy chủ %1 không nằm trong khoảng từ 0 đến 65535</translation>
    </message>
    <message>
        <source>port %1 is already mapped by %2</source>
        <translation>cổng %1 đã được ánh xạ bởi %2</translation>
    </message>
    <message>
        <source>links only work in bridge network mode; this task uses %1</source>
        <translation>links chỉ hoạt động ở chế độ mạng bridge; tác vụ này dùng %1</translation>
    </message>
    <message>
        <source>links to container &quot;%1&quot;, which this task definition does not have</source>
        <translation>links tới container &quot;%1&quot;, nhưng định nghĩa tác vụ này không có container đó</translation>
    </message>
    <message>
        <source>a dependency needs the containerName it waits for</source>
        <translation>một phụ thuộc cần containerName của container mà nó chờ</translation>
    </message>
    <message>
        <source>container %1 cannot depend on itself</source>
        <translation>container %1 không thể phụ thuộc vào chính nó</translation>
    </message>
    <message>
        <source>depends on container &quot;%1&quot;, which this task definition does not have</source>
        <translation>phụ thuộc vào container &quot;%1&quot;, nhưng định nghĩa tác vụ này không có container đó</translation>
    </message>
    <message>
        <source>condition &quot;%1&quot; is not one of START, COMPLETE, SUCCESS or HEALTHY</source>
        <translation>điều kiện &quot;%1&quot; không phải là START, COMPLETE, SUCCESS hoặc HEALTHY</translation>
    </message>
    <message>
        <source>waiting for %1 to be HEALTHY needs a healthCheck on %1</source>
        <translation>chờ %1 ở trạng thái HEALTHY cần có healthCheck trên %1</translation>
    </message>
    <message>
        <source>%1 cannot wait for %2 to %3: %2 is essential, and the task stops when it exits; make %2 non-essential</source>
        <translation>%1 không thể chờ %2 đạt %3: %2 là thiết yếu, và tác vụ sẽ dừng khi nó thoát; hãy đặt %2 thành không thiết yếu</translation>
    </message>
    <message>
        <source>container %1 cannot mount volumes from itself</source>
        <translation>container %1 không thể gắn ổ đĩa từ chính nó</translation>
    </message>
    <message>
        <source>volumes from container &quot;%1&quot;, which this task definition does not have</source>
        <translation>ổ đĩa từ container &quot;%1&quot;, nhưng định nghĩa tác vụ này không có container đó</translation>
    </message>
    <message>
        <source>mount point uses volume &quot;%1&quot;, which is not among the task&apos;s volumes</source>
        <translation>điểm gắn kết dùng ổ đĩa &quot;%1&quot;, nhưng ổ đĩa này không có trong các ổ đĩa của tác vụ</translation>
    </message>
    <message>
        <source>a mount point needs the containerPath to mount at</source>
        <translation>điểm gắn kết cần có containerPath, đường dẫn để gắn vào</translation>
    </message>
    <message>
        <source>containers depend on each other in a cycle: %1</source>
        <translation>các container phụ thuộc lẫn nhau theo vòng: %1</translation>
    </message>
    <message>
        <source>a secret needs the name it is exposed as</source>
        <translation>một bí mật cần có tên mà nó được cung cấp cho container</translation>
    </message>
    <message>
        <source>a secret needs valueFrom: a Secrets Manager ARN or an SSM parameter ARN or name</source>
        <translation>một bí mật cần valueFrom: ARN của Secrets Manager, hoặc ARN hay tên của tham số SSM</translation>
    </message>
    <message>
        <source>valueFrom contains a template placeholder; it is checked after substitution</source>
        <translation>valueFrom chứa phần giữ chỗ mẫu; giá trị sẽ được kiểm tra sau khi thay thế</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Secrets Manager secret ARN or an SSM parameter ARN</source>
        <translation>&quot;%1&quot; không phải là ARN bí mật của Secrets Manager hay ARN tham số SSM</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; in valueFrom is not a 12-digit account ID; is it a placeholder?</source>
        <translation>tài khoản &quot;%1&quot; trong valueFrom không phải là ID tài khoản 12 chữ số; có phải đây là phần giữ chỗ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an ARN nor an SSM parameter name</source>
        <translation>&quot;%1&quot; không phải là ARN cũng không phải là tên tham số SSM</translation>
    </message>
    <message>
        <source>a log configuration needs a logDriver</source>
        <translation>cấu hình nhật ký cần có logDriver</translation>
    </message>
    <message>
        <source>log driver &quot;%1&quot; is not one of %2</source>
        <translation>trình điều khiển nhật ký &quot;%1&quot; không thuộc %2</translation>
    </message>
    <message>
        <source>the awslogs driver needs the awslogs-group option: the log group to write to</source>
        <translation>trình điều khiển awslogs cần tùy chọn awslogs-group: nhóm nhật ký để ghi vào</translation>
    </message>
    <message>
        <source>the awslogs driver needs the awslogs-region option: the region of the log group</source>
        <translation>trình điều khiển awslogs cần tùy chọn awslogs-region: khu vực của nhóm nhật ký</translation>
    </message>
    <message>
        <source>on Fargate the awslogs driver needs the awslogs-stream-prefix option</source>
        <translation>trên Fargate, trình điều khiển awslogs cần tùy chọn awslogs-stream-prefix</translation>
    </message>
    <message>
        <source>the awsfirelens driver needs a log router container with a firelensConfiguration</source>
        <translation>trình điều khiển awsfirelens cần một container bộ định tuyến nhật ký có firelensConfiguration</translation>
    </message>
    <message>
        <source>a health check needs a command, e.g. [&quot;CMD-SHELL&quot;, &quot;curl -f http://localhost/ || exit 1&quot;]</source>
        <translation>kiểm tra tình trạng cần có lệnh, ví dụ [&quot;CMD-SHELL&quot;, &quot;curl -f http://localhost/ || exit 1&quot;]</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 phải nằm trong khoảng từ %2 đến %3, không phải %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ulimit name: use one of %2</source>
        <translation>&quot;%1&quot; không phải là tên ulimit: hãy dùng một trong %2</translation>
    </message>
    <message>
        <source>a ulimit needs both softLimit and hardLimit</source>
        <translation>ulimit cần có cả softLimit và hardLimit</translation>
    </message>
    <message>
        <source>softLimit (%1) must not be more than hardLimit (%2)</source>
        <translation>softLimit (%1) không được lớn hơn hardLimit (%2)</translation>
    </message>
    <message>
        <source>the task definition is %1 KiB of JSON; ECS accepts at most %2 KiB</source>
        <translation>định nghĩa tác vụ là %1 KiB JSON; ECS chấp nhận tối đa %2 KiB</translation>
    </message>
    <message>
        <source>a health check command usually starts with CMD, CMD-SHELL or NONE, not &quot;%1&quot;</source>
        <translation>lệnh kiểm tra tình trạng thường bắt đầu bằng CMD, CMD-SHELL hoặc NONE, không phải &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TdCommand</name>
    <message>
        <source>Task definitions: validate FILE..., diff A B, export FILE</source>
        <translation>Định nghĩa tác vụ: validate FILE..., diff A B, export FILE</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>không thể đọc đầu vào chuẩn</translation>
    </message>
    <message>
        <source>Usage: ecsdesk-cli td validate [--errors-only] [--warnings-as-errors] [--format text|json] FILE...</source>
        <translation>Cách dùng: ecsdesk-cli td validate [--errors-only] [--warnings-as-errors] [--format text|json] FILE...</translation>
    </message>
    <message>
        <source>       ecsdesk-cli td diff [--format text|json] BEFORE AFTER</source>
        <translation>           ecsdesk-cli td diff [--format text|json] BEFORE AFTER</translation>
    </message>
    <message>
        <source>       ecsdesk-cli td export FILE</source>
        <translation>           ecsdesk-cli td export FILE</translation>
    </message>
    <message>
        <source>validate  checks task definitions (bare or DescribeTaskDefinition output); prints
          &apos;file: path: severity: message&apos; and exits 1 when there are errors.
          FILE &apos;-&apos; reads standard input; a folder stands for its *.json files.</source>
        <translation>validate  kiểm tra định nghĩa tác vụ (dạng thuần hoặc đầu ra DescribeTaskDefinition); in ra
          &apos;tệp: đường dẫn: mức độ: thông báo&apos; và thoát với mã 1 khi có lỗi.
          FILE &apos;-&apos; đọc từ đầu vào chuẩn; một thư mục đại diện cho các tệp *.json trong đó.</translation>
    </message>
    <message>
        <source>diff      compares two task definitions structurally; exits 1 when they differ.</source>
        <translation>diff      so sánh cấu trúc hai định nghĩa tác vụ; thoát với mã 1 khi chúng khác nhau.</translation>
    </message>
    <message>
        <source>export    prints the registrable JSON (unwrapped, read-only fields dropped), for
          aws ecs register-task-definition --cli-input-json.</source>
        <translation>export    in ra JSON có thể đăng ký (đã bỏ lớp bọc ngoài, bỏ các trường chỉ đọc), dùng cho
          aws ecs register-task-definition --cli-input-json.</translation>
    </message>
    <message>
        <source>Print errors only, not warnings.</source>
        <translation>Chỉ in lỗi, không in cảnh báo.</translation>
    </message>
    <message>
        <source>Exit 1 on warnings too.</source>
        <translation>Thoát với mã 1 cả khi có cảnh báo.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (mặc định) hoặc json.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 error(s), %3 warning(s)</source>
        <translation>Đã kiểm tra %1 tệp: %2 lỗi, %3 cảnh báo</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>ecsdesk-cli td: unknown subcommand &apos;%1&apos;</source>
        <translation>ecsdesk-cli td: lệnh con không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the input is more than %1 MiB; a task definition is at most %2 KiB of JSON (ECS&apos;s limit), so it was not read</source>
        <translation>đầu vào lớn hơn %1 MiB; một định nghĩa tác vụ tối đa %2 KiB JSON (giới hạn của ECS), nên đã không được đọc</translation>
    </message>
    <message>
        <source>the file is %1 MiB; a task definition is at most %2 KiB of JSON (ECS&apos;s limit), so it was not read</source>
        <translation>tệp có %1 MiB; một định nghĩa tác vụ tối đa %2 KiB JSON (giới hạn của ECS), nên đã không được đọc</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: ecsdesk-cli &lt;command&gt; [options]</source>
        <translation>Cách dùng: ecsdesk-cli &lt;lệnh&gt; [tùy chọn]</translation>
    </message>
    <message>
        <source>No commands are implemented yet.</source>
        <translation>Hiện chưa có lệnh nào.</translation>
    </message>
    <message>
        <source>Run &apos;ecsdesk-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Chạy &apos;ecsdesk-cli &lt;lệnh&gt; --help&apos; để xem các tùy chọn của một lệnh.</translation>
    </message>
    <message>
        <source>ecsdesk-cli: unknown command &apos;%1&apos;</source>
        <translation>ecsdesk-cli: lệnh không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Local Amazon ECS, CloudWatch, CloudWatch Logs and Application Auto Scaling endpoint.</source>
        <translation>Điểm cuối Amazon ECS, CloudWatch, CloudWatch Logs và Application Auto Scaling cục bộ.</translation>
    </message>
    <message>
        <source>Port (0 = a free port).</source>
        <translation>Cổng (0 = một cổng còn trống).</translation>
    </message>
    <message>
        <source>Directory for the store and the credentials.</source>
        <translation>Thư mục chứa kho dữ liệu và thông tin xác thực.</translation>
    </message>
    <message>
        <source>Region.</source>
        <translation>Khu vực.</translation>
    </message>
    <message>
        <source>Initial content of an empty data dir: demo or none.</source>
        <translation>Nội dung ban đầu của thư mục dữ liệu trống: demo hoặc none.</translation>
    </message>
    <message>
        <source>Milliseconds added to every answer.</source>
        <translation>Số mili giây thêm vào mỗi phản hồi.</translation>
    </message>
    <message>
        <source>Share of requests (0..1) answered with ThrottlingException or a 500.</source>
        <translation>Tỷ lệ yêu cầu (0..1) được trả lời bằng ThrottlingException hoặc lỗi 500.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Địa chỉ để lắng nghe (mặc định 127.0.0.1).</translation>
    </message>
    <message>
        <source>Delay of each task lifecycle step in milliseconds (default: ECS-like delays of 2-6 s).</source>
        <translation>Độ trễ của mỗi bước trong vòng đời tác vụ, tính bằng mili giây (mặc định: độ trễ 2-6 giây như ECS).</translation>
    </message>
    <message>
        <source>Do not run the simulation: tasks stay where the API put them.</source>
        <translation>Không chạy mô phỏng: các tác vụ giữ nguyên trạng thái mà API đã đặt.</translation>
    </message>
    <message>
        <source>ecsdesk-local: %1</source>
        <translation>ecsdesk-local: %1</translation>
    </message>
    <message>
        <source>ecsdesk-local listening on %1 (region %2, data in %3)</source>
        <translation>ecsdesk-local đang lắng nghe trên %1 (khu vực %2, dữ liệu trong %3)</translation>
    </message>
    <message>
        <source>Use it with the AWS CLI:</source>
        <translation>Dùng với AWS CLI:</translation>
    </message>
    <message>
        <source>Native desktop cluster manager for Amazon ECS.</source>
        <translation>Ứng dụng máy tính gốc để quản lý cụm Amazon ECS.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>pane</source>
        <translation>ngăn</translation>
    </message>
    <message>
        <source>Show only failed/stopped tasks, grouped by stopped reason.</source>
        <translation>Chỉ hiển thị tác vụ lỗi/đã dừng, nhóm theo lý do dừng.</translation>
    </message>
    <message>
        <source>Salvage a damaged store: keep every record that can still be read, report what was lost, move the damaged file aside, then exit.</source>
        <translation>Cứu một kho dữ liệu bị hỏng: giữ mọi bản ghi còn đọc được, báo cáo những gì bị mất, chuyển tệp hỏng sang chỗ khác, rồi thoát.</translation>
    </message>
    <message>
        <source>Start ecsdesk-local again to serve what was kept.</source>
        <translation>Khởi động lại ecsdesk-local để phục vụ những gì đã giữ lại.</translation>
    </message>
    <message>
        <source>Connect with this profile of the AWS config at start (as the AWS CLI).</source>
        <translation>Kết nối bằng hồ sơ này của cấu hình AWS khi khởi động (như AWS CLI).</translation>
    </message>
    <message>
        <source>The region to use with --profile instead of the profile&apos;s.</source>
        <translation>Vùng dùng với --profile thay cho vùng của hồ sơ.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>vùng</translation>
    </message>
    <message>
        <source>Send every request of --profile to this URL (moto, LocalStack, a proxy).</source>
        <translation>Gửi mọi yêu cầu của --profile tới URL này (moto, LocalStack, một proxy).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Open this cluster at start (of --profile, else of the Local connection).</source>
        <translation>Mở cụm này khi khởi động (của --profile, nếu không thì của kết nối Local).</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Không phải URL: %1</translation>
    </message>
    <message>
        <source>--region and --endpoint-url go with --profile.</source>
        <translation>--region và --endpoint-url đi kèm --profile.</translation>
    </message>
    <message>
        <source>Run simulated time N times faster than wall-clock time (task lifecycle steps, the metrics minute, cooldowns, scheduled actions); request signatures still use wall-clock time.</source>
        <translation>Chạy thời gian mô phỏng nhanh gấp N lần thời gian thực (các bước vòng đời tác vụ, phút số liệu, thời gian chờ, hành động theo lịch); chữ ký yêu cầu vẫn dùng thời gian thực.</translation>
    </message>
    <message>
        <source>ecsdesk-local: invalid --port, --latency-ms, --fault-rate, --step-ms, --time-scale or --bind</source>
        <translation>ecsdesk-local: --port, --latency-ms, --fault-rate, --step-ms, --time-scale hoặc --bind không hợp lệ</translation>
    </message>
    <message>
        <source>Throttle requests as the named service does: ecs applies Amazon ECS&apos;s token buckets per action category (ThrottlingException &quot;Rate exceeded&quot;). Off by default.</source>
        <translation>Điều tiết yêu cầu như dịch vụ được chỉ định: ecs áp dụng các token bucket của Amazon ECS theo từng nhóm thao tác (ThrottlingException &quot;Rate exceeded&quot;). Mặc định tắt.</translation>
    </message>
    <message>
        <source>Read-only mode: every action that changes something is disabled.</source>
        <translation>Chế độ chỉ đọc: mọi thao tác gây thay đổi đều bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>Pane to show first: %1.</source>
        <extracomment>%1: the pane names, comma-separated</extracomment>
        <translation>Ngăn hiển thị đầu tiên: %1.</translation>
    </message>
</context>
</TS>
