<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 个</numerusform>
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
        <translation>集群 %2 的 %1 个警报</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>; actions disabled</source>
        <translation>；已禁用警报操作</translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation>自 %1 起：%2</translation>
    </message>
    <message>
        <source>Print the CloudWatch alarms of a cluster and its services: state, reason and condition.</source>
        <translation>打印集群及其服务的 CloudWatch 警报：状态、原因和条件。</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>集群名称（必需）。</translation>
    </message>
    <message>
        <source>Only this service&apos;s alarms.</source>
        <translation>仅显示此服务的警报。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Only alarms in this state: ALARM, OK or INSUFFICIENT_DATA.</source>
        <translation>仅显示处于此状态的警报：ALARM、OK 或 INSUFFICIENT_DATA。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exit with 3 when an alarm shown is in ALARM.</source>
        <translation>当显示的警报中有处于 ALARM 状态的警报时，以退出码 3 退出。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>必须指定 --cluster</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format 必须是 text 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--state must be ALARM, OK or INSUFFICIENT_DATA, not &apos;%1&apos;</source>
        <translation>--state 必须是 ALARM、OK 或 INSUFFICIENT_DATA，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>无法写入 stdout</translation>
    </message>
    <message>
        <source>Print the CloudWatch alarms of a cluster and its services</source>
        <translation>打印集群及其服务的 CloudWatch 警报</translation>
    </message>
</context>
<context>
    <name>AutoScalingGroupsClient</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>无法理解 %1 的响应。</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>(HTTP %1, request id %2)</source>
        <translation>（HTTP %1，请求 ID %2）</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>（HTTP %1）</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>AwsOptions</name>
    <message>
        <source>AWS profile to use.</source>
        <translation>要使用的 AWS 配置文件。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS 区域。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Send every call to this endpoint (moto, local endpoint).</source>
        <translation>将每个调用发送到此端点（moto、本地端点）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--endpoint-url &apos;%1&apos; is not a URL</source>
        <translation>--endpoint-url &apos;%1&apos; 不是 URL</translation>
    </message>
</context>
<context>
    <name>AwsTransport</name>
    <message>
        <source>No AWS credentials were found for this connection.</source>
        <translation>未找到此连接的 AWS 凭证。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an HTML page instead of an AWS error.</source>
        <translation>服务器以 HTTP %1 返回了 HTML 页面，而不是 AWS 错误。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an error document.</source>
        <translation>服务器返回 HTTP %1，但没有错误文档。</translation>
    </message>
    <message>
        <source>%1 got no complete answer within %2 ms.</source>
        <translation>%1 在 %2 毫秒内未收到完整应答。</translation>
    </message>
    <message>
        <source>%1: the answer is too large (%2).</source>
        <translation>%1：应答过大（%2）。</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid HTTP (%2).</source>
        <translation>%1：服务器的应答不是有效的 HTTP（%2）。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off: %2</source>
        <translation>%1：应答被截断：%2</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2).</source>
        <translation>%1：应答不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 未发送：%2</translation>
    </message>
    <message>
        <source>%1: the answer&apos;s field %2 is %3 where %4 belongs.</source>
        <translation>%1：应答的字段 %2 是 %3，应为 %4。</translation>
    </message>
</context>
<context>
    <name>CapacityStrategy</name>
    <message>
        <source>%1 base %2</source>
        <translation>%1 基数 %2</translation>
    </message>
    <message>
        <source>%1 weight %2</source>
        <translation>%1 权重 %2</translation>
    </message>
    <message>
        <source>capacityProvider must be specified in a capacity provider strategy.</source>
        <translation>必须在容量提供程序策略中指定 capacityProvider。</translation>
    </message>
    <message>
        <source>The capacity provider strategy cannot contain a capacity provider more than once.</source>
        <translation>容量提供程序策略不能多次包含同一个容量提供程序。</translation>
    </message>
    <message>
        <source>The capacity provider %1 is not associated with the cluster.</source>
        <translation>容量提供程序 %1 未与该集群关联。</translation>
    </message>
    <message>
        <source>The base must be between 0 and %1.</source>
        <translation>基数必须介于 0 和 %1 之间。</translation>
    </message>
    <message>
        <source>The weight must be between 0 and %1.</source>
        <translation>权重必须介于 0 和 %1 之间。</translation>
    </message>
    <message>
        <source>You can specify a base value for only one capacity provider in a capacity provider strategy.</source>
        <translation>在容量提供程序策略中，只能为一个容量提供程序指定基数值。</translation>
    </message>
    <message>
        <source>The capacity provider strategy can have at most %1 items.</source>
        <translation>容量提供程序策略最多可包含 %1 项。</translation>
    </message>
    <message>
        <source>A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.</source>
        <translation>容量提供程序策略不能混合使用基于 Auto Scaling 组的容量提供程序和 Fargate 提供程序。请指定其中一种后重试。</translation>
    </message>
    <message>
        <source>At least one capacity provider in a capacity provider strategy must have a weight greater than 0.</source>
        <translation>容量提供程序策略中至少有一个容量提供程序的权重必须大于 0。</translation>
    </message>
</context>
<context>
    <name>CloudWatchClient</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>无法理解 %1 的响应。</translation>
    </message>
</context>
<context>
    <name>ClusterSnapshotLoader</name>
    <message>
        <source>Cluster %1 was not found (%2).</source>
        <translation>未找到集群 %1（%2）。</translation>
    </message>
    <message>
        <source>The cluster description never arrived.</source>
        <translation>始终未收到集群描述。</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>The source_profile chain of profile %1 is too long or loops.</source>
        <translation>配置文件 %1 的 source_profile 链过长或存在循环。</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found in %2 or %3.</source>
        <translation>在 %2 或 %3 中找不到配置文件（%1）。</translation>
    </message>
    <message>
        <source>Profile %1 is its own source_profile but has no keys.</source>
        <translation>配置文件 %1 是其自身的 source_profile，但没有密钥。</translation>
    </message>
    <message>
        <source>profile %1 (static keys)</source>
        <translation>配置文件 %1（静态密钥）</translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source Environment but AWS_ACCESS_KEY_ID is not set.</source>
        <translation>配置文件 %1 使用 credential_source Environment，但未设置 AWS_ACCESS_KEY_ID。</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor a supported credential_source.</source>
        <translation>配置文件 %1 设置了 role_arn，但既没有 source_profile，也没有受支持的 credential_source。</translation>
    </message>
    <message>
        <source>Assuming a role needs a network transport.</source>
        <translation>代入角色需要网络传输。</translation>
    </message>
    <message>
        <source>Profile %1 refers to sso-session %2, which is not in the config file.</source>
        <translation>配置文件 %1 引用了 sso-session %2，但配置文件中没有该会话。</translation>
    </message>
    <message>
        <source>Profile %1 is an SSO profile but lacks sso_account_id, sso_role_name or sso_region.</source>
        <translation>配置文件 %1 是 SSO 配置文件，但缺少 sso_account_id、sso_role_name 或 sso_region。</translation>
    </message>
    <message>
        <source>Signing in with SSO needs a network transport.</source>
        <translation>使用 SSO 登录需要网络传输。</translation>
    </message>
    <message>
        <source>Profile %1 has only one of aws_access_key_id and aws_secret_access_key.</source>
        <translation>配置文件 %1 只设置了 aws_access_key_id 和 aws_secret_access_key 中的一个。</translation>
    </message>
    <message>
        <source>Profile %1 has no credentials: no keys, role_arn, SSO settings or credential_process.</source>
        <translation>配置文件 %1 没有凭证：没有密钥、role_arn、SSO 设置或 credential_process。</translation>
    </message>
    <message>
        <source>No region is set: pass --region, set AWS_REGION or add region to profile %1.</source>
        <translation>未设置区域：请传入 --region、设置 AWS_REGION，或在配置文件 %1 中添加 region。</translation>
    </message>
    <message>
        <source>No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile.</source>
        <translation>没有 AWS 凭证：请设置 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY，或配置一个配置文件。</translation>
    </message>
    <message>
        <source>credential_process %1</source>
        <translation>credential_process %1</translation>
    </message>
    <message>
        <source>credential_process printed invalid JSON: %1</source>
        <translation>credential_process 输出了无效的 JSON：%1</translation>
    </message>
    <message>
        <source>credential_process must print Version 1.</source>
        <translation>credential_process 必须输出 Version 1。</translation>
    </message>
    <message>
        <source>credential_process did not print AccessKeyId and SecretAccessKey.</source>
        <translation>credential_process 未输出 AccessKeyId 和 SecretAccessKey。</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process 为空。</translation>
    </message>
    <message>
        <source>credential_process did not finish within %1 ms.</source>
        <translation>credential_process 未在 %1 毫秒内完成。</translation>
    </message>
    <message>
        <source>credential_process could not start: %1</source>
        <translation>credential_process 无法启动：%1</translation>
    </message>
    <message>
        <source>credential_process exited with code %1: %2</source>
        <translation>credential_process 已退出，退出代码 %1：%2</translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation>代入角色 %1</translation>
    </message>
    <message>
        <source>The network transport is gone.</source>
        <translation>网络传输已不存在。</translation>
    </message>
    <message>
        <source>Assuming role %1 failed: %2</source>
        <translation>代入角色 %1 失败：%2</translation>
    </message>
    <message>
        <source>SSO %1 / %2</source>
        <translation>SSO %1 / %2</translation>
    </message>
    <message>
        <source>run &apos;aws sso login --profile %1&apos; to sign in again</source>
        <translation>请运行“aws sso login --profile %1”重新登录</translation>
    </message>
    <message>
        <source>No SSO sign-in was found: %1.</source>
        <translation>未找到 SSO 登录信息：%1。</translation>
    </message>
    <message>
        <source>The cached SSO sign-in is unreadable: %1.</source>
        <translation>缓存的 SSO 登录信息无法读取：%1。</translation>
    </message>
    <message>
        <source>The SSO session expired at %1: %2.</source>
        <translation>SSO 会话已于 %1 过期：%2。</translation>
    </message>
    <message>
        <source>The SSO portal refused the sign-in: %1.</source>
        <translation>SSO 门户拒绝了登录：%1。</translation>
    </message>
    <message>
        <source>A web identity token file (%1) is configured but no role: set role_arn in the profile or AWS_ROLE_ARN.</source>
        <translation>已配置 Web 身份令牌文件（%1），但没有角色：请在配置文件中设置 role_arn，或设置 AWS_ROLE_ARN。</translation>
    </message>
    <message>
        <source>Assuming a role with web identity needs a network transport.</source>
        <translation>使用 Web 身份代入角色需要网络传输。</translation>
    </message>
    <message>
        <source>assume role %1 with web identity</source>
        <translation>使用 Web 身份代入角色 %1</translation>
    </message>
    <message>
        <source>The web identity token file %1 cannot be read: %2.</source>
        <translation>无法读取 Web 身份令牌文件 %1：%2。</translation>
    </message>
    <message>
        <source>The web identity token file %1 is empty.</source>
        <translation>Web 身份令牌文件 %1 为空。</translation>
    </message>
    <message>
        <source>Assuming role %1 with a web identity token failed: %2</source>
        <translation>使用 Web 身份令牌代入角色 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>DeploymentHistory</name>
    <message>
        <source>No deployment of %1 deployed revision %2.</source>
        <translation>%1 没有任何部署使用过修订 %2。</translation>
    </message>
    <message>
        <source>%1 has no earlier successful deployment to roll back to.</source>
        <translation>%1 没有可回滚到的更早的成功部署。</translation>
    </message>
    <message>
        <source>%1 already runs revision %2.</source>
        <translation>%1 已在运行修订 %2。</translation>
    </message>
</context>
<context>
    <name>EcrCommand</name>
    <message>
        <source>List ECR repositories or a repository&apos;s images as JSON or CSV</source>
        <translation>以 JSON 或 CSV 格式列出 ECR 存储库或某个存储库的映像</translation>
    </message>
    <message>
        <source>ecsdesk-cli ecr: %1</source>
        <translation>ecsdesk-cli ecr: %1</translation>
    </message>
    <message>
        <source>List the ECR repositories of an account and region (with their image count and size), or the images of one repository (tags, size, push and pull times, scan findings by severity), as JSON or CSV.</source>
        <translation>以 JSON 或 CSV 格式列出某个账户和区域中的 ECR 存储库（含映像数量和大小），或某个存储库中的映像（标签、大小、推送和拉取时间、按严重程度统计的扫描结果）。</translation>
    </message>
    <message>
        <source>repositories or images</source>
        <translation>repositories 或 images</translation>
    </message>
    <message>
        <source>The repository whose images to list (images).</source>
        <translation>要列出其映像的存储库（用于 images）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>输出格式：json（默认）或 csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>say what to list: repositories or images</source>
        <translation>请指定要列出的内容：repositories 或 images</translation>
    </message>
    <message>
        <source>images needs --repository</source>
        <translation>images 需要指定 --repository</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format 必须是 json 或 csv，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ecsdesk-cli ecr: cannot write to stdout</source>
        <translation>ecsdesk-cli ecr: 无法写入 stdout</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::FleetExport</name>
    <message>
        <source>CONNECTION</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>BELOW</source>
        <translation>低于所需</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>PROVISIONING</source>
        <translation>预置中</translation>
    </message>
    <message>
        <source>STOPPED 1H</source>
        <translation>1小时内停止</translation>
    </message>
    <message>
        <source>INSTANCES</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>ALARMS</source>
        <translation>警报</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::ReplyGuard</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::ScheduleExpression</name>
    <message>
        <source>Time zone %1 is not a valid IANA time zone</source>
        <translation>时区 %1 不是有效的 IANA 时区</translation>
    </message>
    <message>
        <source>Schedule must be at(...), rate(...) or cron(...), got &apos;%1&apos;</source>
        <translation>计划必须是 at(...)、rate(...) 或 cron(...)，而不是“%1”</translation>
    </message>
    <message>
        <source>Invalid at() expression &apos;%1&apos;: use yyyy-mm-ddThh:mm:ss</source>
        <translation>at() 表达式“%1”无效：请使用 yyyy-mm-ddThh:mm:ss</translation>
    </message>
    <message>
        <source>Invalid rate() expression &apos;%1&apos;: use rate(N minutes|hours|days)</source>
        <translation>rate() 表达式“%1”无效：请使用 rate(N minutes|hours|days)</translation>
    </message>
    <message>
        <source>Invalid cron() expression &apos;%1&apos;: use cron(minutes hours day-of-month month day-of-week year)</source>
        <translation>cron() 表达式“%1”无效：请使用 cron(分 时 日 月 星期 年)</translation>
    </message>
    <message>
        <source>Invalid Schedule Expression %1.</source>
        <translation>无效的计划表达式 %1。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::StepAdjustments</name>
    <message>
        <source>StepAdjustments must contain at least one step adjustment for a StepScaling policy</source>
        <translation>StepScaling 策略的 StepAdjustments 必须至少包含一个步骤调整</translation>
    </message>
    <message>
        <source>There can be at most %1 step adjustments per scaling policy</source>
        <translation>每个扩展策略最多只能有 %1 个步骤调整</translation>
    </message>
    <message>
        <source>Both lower and upper bounds of a step adjustment cannot be left unspecified</source>
        <translation>步骤调整的下限和上限不能都不指定</translation>
    </message>
    <message>
        <source>The lower bound of a step adjustment must be less than its upper bound (lower bound %1, upper bound %2)</source>
        <translation>步骤调整的下限必须小于其上限（下限 %1，上限 %2）</translation>
    </message>
    <message>
        <source>ScalingAdjustment must be non-negative for the ExactCapacity adjustment type</source>
        <translation>对于 ExactCapacity 调整类型，ScalingAdjustment 必须为非负数</translation>
    </message>
    <message>
        <source>At most one StepAdjustment may have an unspecified lower bound</source>
        <translation>最多只能有一个 StepAdjustment 未指定下限</translation>
    </message>
    <message>
        <source>At most one StepAdjustment may have an unspecified upper bound</source>
        <translation>最多只能有一个 StepAdjustment 未指定上限</translation>
    </message>
    <message>
        <source>There must be a StepAdjustment with an unspecified lower bound (i.e., lower bound is null) when one StepAdjustment has a negative lower bound</source>
        <translation>当某个 StepAdjustment 的下限为负数时，必须有一个未指定下限（即下限为 null）的 StepAdjustment</translation>
    </message>
    <message>
        <source>There must be a StepAdjustment with an unspecified upper bound (i.e., upper bound is null) when one StepAdjustment has a positive upper bound</source>
        <translation>当某个 StepAdjustment 的上限为正数时，必须有一个未指定上限（即上限为 null）的 StepAdjustment</translation>
    </message>
    <message>
        <source>StepAdjustment intervals cannot overlap</source>
        <translation>StepAdjustment 区间不能重叠</translation>
    </message>
    <message>
        <source>StepAdjustment intervals cannot have gaps between them</source>
        <translation>StepAdjustment 区间之间不能有间隙</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::AlarmLines</name>
    <message>
        <source>%1: target %2</source>
        <translation>%1：目标值 %2</translation>
    </message>
    <message>
        <source>%1: alarm %2 at %3</source>
        <translation>%1：警报 %2，阈值 %3</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::AlarmModel</name>
    <message>
        <source>%1 %2 %3 %4, %5 of %6 × %7 s</source>
        <translation>%1 %2 %3 %4，%6 个 %7 秒周期中有 %5 个</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>指标数学</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>（集群）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ClusterModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>正在运行的任务</translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation>待处理的任务</translation>
    </message>
    <message>
        <source>Container instances</source>
        <translation>容器实例</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>容量提供程序</translation>
    </message>
    <message>
        <source>Default strategy</source>
        <translation>默认策略</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ContainerInstanceModel</name>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>正在运行的任务</translation>
    </message>
    <message>
        <source>CPU used</source>
        <translation>已用 CPU</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <source>Container instance %1</source>
        <translation>容器实例 %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrImageIndex</name>
    <message>
        <source>tags %1, %2</source>
        <translation>标签 %1，%2</translation>
    </message>
    <message>
        <source>tag %1, %2</source>
        <translation>标签 %1，%2</translation>
    </message>
    <message>
        <source>There is no ECR repository %1 in this account and region.</source>
        <translation>此账户和区域中没有 ECR 存储库 %1。</translation>
    </message>
    <message>
        <source>The repository %1 has no image tagged %2.</source>
        <translation>存储库 %1 中没有标签为 %2 的映像。</translation>
    </message>
    <message>
        <source>The repository %1 has no image %2.</source>
        <translation>存储库 %1 中没有映像 %2。</translation>
    </message>
    <message numerus="yes">
        <source>This image has %n critical vulnerability finding(s) in its last scan.</source>
        <translation>
            <numerusform>此映像在上次扫描中发现了 %n 个严重漏洞。</numerusform>
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
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;untagged&gt;</source>
        <translation>&lt;无标签&gt;</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>推送时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation>上次拉取时间</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用方</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrRepositoryModel</name>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>不可变</translation>
    </message>
    <message>
        <source>Mutable</source>
        <translation>可变</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Scan on push</source>
        <translation>推送时扫描</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
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
        <translation>在 PATH 中未找到。</translation>
    </message>
    <message>
        <source>Install the AWS CLI version 2 (see &quot;Installing or updating the latest version of the AWS CLI&quot; in the AWS CLI user guide) and make sure `aws` is on PATH.</source>
        <translation>请安装 AWS CLI 版本 2（请参阅 AWS CLI 用户指南中的“安装或更新最新版本的 AWS CLI”），并确保 `aws` 位于 PATH 中。</translation>
    </message>
    <message>
        <source>Found, but its version could not be read: %1</source>
        <translation>已找到，但无法读取其版本：%1</translation>
    </message>
    <message>
        <source>Version %1 has no ECS Exec.</source>
        <translation>版本 %1 不支持 ECS Exec。</translation>
    </message>
    <message>
        <source>Update the AWS CLI to %1 or later (version 1: %2 or later).</source>
        <translation>请将 AWS CLI 更新到 %1 或更高版本（版本 1：%2 或更高版本）。</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>版本 %1。</translation>
    </message>
    <message>
        <source>Session Manager plugin</source>
        <translation>Session Manager 插件</translation>
    </message>
    <message>
        <source>Found.</source>
        <translation>已找到。</translation>
    </message>
    <message>
        <source>session-manager-plugin is not on PATH.</source>
        <translation>session-manager-plugin 不在 PATH 中。</translation>
    </message>
    <message>
        <source>Install the Session Manager plugin for the AWS CLI (see &quot;Install the Session Manager plugin for the AWS CLI&quot; in the AWS Systems Manager user guide).</source>
        <translation>请安装适用于 AWS CLI 的 Session Manager 插件（请参阅 AWS Systems Manager 用户指南中的“安装适用于 AWS CLI 的 Session Manager 插件”）。</translation>
    </message>
    <message>
        <source>Task running</source>
        <translation>任务正在运行</translation>
    </message>
    <message>
        <source>The task is %1.</source>
        <translation>任务状态为 %1。</translation>
    </message>
    <message>
        <source>A shell opens only in a running task: choose a running task.</source>
        <translation>只能在正在运行的任务中打开 Shell：请选择正在运行的任务。</translation>
    </message>
    <message>
        <source>Wait until the task is RUNNING.</source>
        <translation>请等待任务变为 RUNNING。</translation>
    </message>
    <message>
        <source>ECS Exec turned on</source>
        <translation>已开启 ECS Exec</translation>
    </message>
    <message>
        <source>The task was run with enableExecuteCommand.</source>
        <translation>任务运行时已设置 enableExecuteCommand。</translation>
    </message>
    <message>
        <source>The task was run without enableExecuteCommand.</source>
        <translation>任务运行时未设置 enableExecuteCommand。</translation>
    </message>
    <message>
        <source>Run a new task with ECS Exec turned on (Run Task, or --enable-execute-command).</source>
        <translation>请运行一个开启了 ECS Exec 的新任务（“运行任务”，或 --enable-execute-command）。</translation>
    </message>
    <message>
        <source>Enable ECS Exec on service %1: its new deployment replaces the tasks with ones that have it.</source>
        <translation>请在服务 %1 上启用 ECS Exec：其新部署会用已开启该功能的任务替换现有任务。</translation>
    </message>
    <message>
        <source>ExecuteCommandAgent</source>
        <translation>ExecuteCommandAgent</translation>
    </message>
    <message>
        <source>The task has more than one container: choose one.</source>
        <translation>任务有多个容器：请选择一个。</translation>
    </message>
    <message>
        <source>The task has no container %1.</source>
        <translation>任务中没有容器 %1。</translation>
    </message>
    <message>
        <source>Choose one of the task&apos;s containers.</source>
        <translation>请选择任务中的一个容器。</translation>
    </message>
    <message>
        <source>RUNNING in container %1.</source>
        <translation>在容器 %1 中为 RUNNING。</translation>
    </message>
    <message>
        <source>Container %1 has no ExecuteCommandAgent.</source>
        <translation>容器 %1 没有 ExecuteCommandAgent。</translation>
    </message>
    <message>
        <source>Turn on ECS Exec for the task (see above); the agent starts with the container.</source>
        <translation>请为任务开启 ECS Exec（见上文）；代理会随容器一起启动。</translation>
    </message>
    <message>
        <source>%1 in container %2.</source>
        <translation>在容器 %2 中为 %1。</translation>
    </message>
    <message>
        <source>Wait a moment for the agent to start, then check again.</source>
        <translation>请稍候，等代理启动后再检查。</translation>
    </message>
    <message>
        <source>The agent stopped: check that the task role allows ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel, then start a new task.</source>
        <translation>代理已停止：请检查任务角色是否允许 ssmmessages:CreateControlChannel、CreateDataChannel、OpenControlChannel 和 OpenDataChannel，然后启动新任务。</translation>
    </message>
    <message>
        <source>Fargate platform version</source>
        <translation>Fargate 平台版本</translation>
    </message>
    <message>
        <source>Not a Fargate task: no platform version needed.</source>
        <translation>不是 Fargate 任务：无需平台版本。</translation>
    </message>
    <message>
        <source>The task names no platform version.</source>
        <translation>任务未指定平台版本。</translation>
    </message>
    <message>
        <source>%1: ECS Exec needs 1.4.0 or later.</source>
        <translation>%1：ECS Exec 需要 1.4.0 或更高版本。</translation>
    </message>
    <message>
        <source>Run the task (or update the service) on platform version 1.4.0 or LATEST.</source>
        <translation>请在平台版本 1.4.0 或 LATEST 上运行任务（或更新服务）。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Task role</source>
        <translation>任务角色</translation>
    </message>
    <message>
        <source>The task definition was not read.</source>
        <translation>未读取任务定义。</translation>
    </message>
    <message>
        <source>The task has no task role.</source>
        <translation>任务没有任务角色。</translation>
    </message>
    <message>
        <source>Give the task definition a task role (taskRoleArn) that allows ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel, and deploy it.</source>
        <translation>请为任务定义指定一个允许 ssmmessages:CreateControlChannel、CreateDataChannel、OpenControlChannel 和 OpenDataChannel 的任务角色（taskRoleArn），然后部署它。</translation>
    </message>
    <message>
        <source>Cluster execute command configuration</source>
        <translation>集群执行命令配置</translation>
    </message>
    <message>
        <source>The cluster&apos;s configuration was not read.</source>
        <translation>未读取集群的配置。</translation>
    </message>
    <message>
        <source>Logging: %1.</source>
        <translation>日志记录：%1。</translation>
    </message>
    <message>
        <source>No KMS key: the session is encrypted with TLS only.</source>
        <translation>无 KMS 密钥：会话仅使用 TLS 加密。</translation>
    </message>
    <message>
        <source>KMS key %1.</source>
        <translation>KMS 密钥 %1。</translation>
    </message>
    <message>
        <source>The task role needs kms:Decrypt on %1.</source>
        <translation>任务角色需要对 %1 的 kms:Decrypt 权限。</translation>
    </message>
    <message>
        <source>The task role needs logs:CreateLogStream, logs:DescribeLogStreams and logs:PutLogEvents on log group %1.</source>
        <translation>任务角色需要对日志组 %1 的 logs:CreateLogStream、logs:DescribeLogStreams 和 logs:PutLogEvents 权限。</translation>
    </message>
    <message>
        <source>The task role needs s3:PutObject on bucket %1.</source>
        <translation>任务角色需要对存储桶 %1 的 s3:PutObject 权限。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>修复方法</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::FleetOverviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Below desired</source>
        <translation>低于所需</translation>
    </message>
    <message>
        <source>Failed deployments</source>
        <translation>失败的部署</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>预置中</translation>
    </message>
    <message>
        <source>Stopped (1 h)</source>
        <translation>已停止（1 小时）</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>警报</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::LoadBalancerRouteModel</name>
    <message>
        <source>no targets</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number of targets, %2 an ELB target state (healthy, unhealthy, draining, initial, ...)</extracomment>
        <translation>%1 个 %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 every %2 s, healthy after %3, unhealthy after %4</source>
        <translation>%1，每 %2 秒一次，连续 %3 次成功后为正常，连续 %4 次失败后为不正常</translation>
    </message>
    <message>
        <source>, codes %1</source>
        <translation>，成功代码 %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>侦听器</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>运行状况检查</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS 名称</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::MarkerLoader</name>
    <message>
        <source>%1: deployment started (%2)</source>
        <translation>%1：部署已开始（%2）</translation>
    </message>
    <message>
        <source>%1: deployment finished (%2)</source>
        <translation>%1：部署已完成（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ScalingForms</name>
    <message>
        <source>The %1 needs a name.</source>
        <translation>%1 需要名称。</translation>
    </message>
    <message>
        <source>The %1&apos;s name is longer than 256 characters.</source>
        <translation>%1 的名称超过 256 个字符。</translation>
    </message>
    <message>
        <source>The %1&apos;s name has a character that is not printable.</source>
        <translation>%1 的名称包含不可打印的字符。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ScheduleForm</name>
    <message>
        <source>Every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>每 %1 小时</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <source>Once at %1</source>
        <translation>仅一次，于 %1</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>Monday to Friday at %1</source>
        <translation>周一至周五 %1</translation>
    </message>
    <message>
        <source>At %1 on %2</source>
        <translation>每逢 %2 的 %1</translation>
    </message>
    <message>
        <source>Every hour, on the hour</source>
        <translation>每小时整点</translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation>每小时第 %1 分钟</translation>
    </message>
    <message>
        <source>At %1 on day %2 of the month</source>
        <translation>每月 %2 日 %1</translation>
    </message>
    <message>
        <source>At the cron times %1</source>
        <translation>按 cron 时间 %1</translation>
    </message>
    <message>
        <source> (UTC)</source>
        <translation>（UTC）</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>A name has 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>名称由 1 到 64 个字母、数字、“.”、“-”或“_”组成。</translation>
    </message>
    <message>
        <source>A schedule group has 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>计划组名称由 1 到 64 个字母、数字、“.”、“-”或“_”组成。</translation>
    </message>
    <message>
        <source>The description is longer than 512 characters.</source>
        <translation>描述超过 512 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a time zone (an IANA name such as Europe/Berlin).</source>
        <translation>%1 不是时区（应为 IANA 名称，例如 Europe/Berlin）。</translation>
    </message>
    <message>
        <source>EventBridge rules run in UTC: leave the time zone empty.</source>
        <translation>EventBridge 规则按 UTC 运行：请将时区留空。</translation>
    </message>
    <message>
        <source>Choose the date and time to run at.</source>
        <translation>请选择运行的日期和时间。</translation>
    </message>
    <message>
        <source>Enter an at(), rate() or cron() expression.</source>
        <translation>请输入 at()、rate() 或 cron() 表达式。</translation>
    </message>
    <message>
        <source>EventBridge rules have no at(): make it a schedule.</source>
        <translation>EventBridge 规则不支持 at()：请改用计划。</translation>
    </message>
    <message>
        <source>That time has passed: the schedule would never run.</source>
        <translation>该时间已过：此计划将永远不会运行。</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>The end date has passed: the schedule would never run.</source>
        <translation>结束日期已过：此计划将永远不会运行。</translation>
    </message>
    <message>
        <source>A flexible time window is 1 to 1440 minutes (0: off).</source>
        <translation>灵活时间窗口为 1 到 1440 分钟（0：关闭）。</translation>
    </message>
    <message>
        <source>Open a cluster to run the task in.</source>
        <translation>请打开要在其中运行任务的集群。</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>请选择任务定义。</translation>
    </message>
    <message>
        <source>A schedule runs 1 to 10 tasks.</source>
        <translation>一个计划运行 1 到 10 个任务。</translation>
    </message>
    <message>
        <source>A rule runs at least 1 task.</source>
        <translation>一个规则至少运行 1 个任务。</translation>
    </message>
    <message>
        <source>Name at least one capacity provider.</source>
        <translation>请至少指定一个容量提供程序。</translation>
    </message>
    <message>
        <source>A capacity provider needs a name, a weight of 0 to 1000 and a base of 0 to 100000.</source>
        <translation>容量提供程序需要名称、0 到 1000 的权重和 0 到 100000 的基数。</translation>
    </message>
    <message>
        <source>Fargate tasks need at least one subnet.</source>
        <translation>Fargate 任务至少需要一个子网。</translation>
    </message>
    <message>
        <source>%1 is not a subnet id (subnet-...).</source>
        <translation>%1 不是子网 ID（subnet-...）。</translation>
    </message>
    <message>
        <source>%1 is not a security group id (sg-...).</source>
        <translation>%1 不是安全组 ID（sg-...）。</translation>
    </message>
    <message>
        <source>At most 16 subnets and 5 security groups.</source>
        <translation>最多 16 个子网和 5 个安全组。</translation>
    </message>
    <message>
        <source>Security groups and a public IP need subnets.</source>
        <translation>安全组和公有 IP 需要子网。</translation>
    </message>
    <message>
        <source>The input is not JSON: %1 (at character %2).</source>
        <translation>输入不是 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The input is a JSON object, e.g. {&quot;containerOverrides&quot;: [...]}.</source>
        <translation>输入必须是 JSON 对象，例如 {&quot;containerOverrides&quot;: [...]}。</translation>
    </message>
    <message>
        <source>containerOverrides is a list of containers.</source>
        <translation>containerOverrides 必须是容器列表。</translation>
    </message>
    <message>
        <source>Each container override names its container (&quot;name&quot;).</source>
        <translation>每个容器覆盖都必须指定其容器（&quot;name&quot;）。</translation>
    </message>
    <message>
        <source>The role is an IAM role ARN (arn:aws:iam::123456789012:role/name).</source>
        <translation>角色必须是 IAM 角色 ARN（arn:aws:iam::123456789012:role/name）。</translation>
    </message>
    <message>
        <source>Retry attempts are 0 to 185.</source>
        <translation>重试次数为 0 到 185。</translation>
    </message>
    <message>
        <source>The maximum event age is 60 to 86400 seconds.</source>
        <translation>事件最长保留时间为 60 到 86400 秒。</translation>
    </message>
    <message>
        <source>Write capacity providers as name:weight:base, separated by commas.</source>
        <translation>请按“名称:权重:基数”的格式填写容量提供程序，以逗号分隔。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ScheduledActionForm</name>
    <message>
        <source>scheduled action</source>
        <translation>计划操作</translation>
    </message>
    <message>
        <source>A scheduled action&apos;s name cannot contain &apos;:&apos;, &apos;/&apos; or &apos;|&apos; nor start or end with a space.</source>
        <translation>计划操作的名称不能包含“:”、“/”或“|”，也不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The schedule is not an at(), rate() or cron() expression.</source>
        <translation>计划不是 at()、rate() 或 cron() 表达式。</translation>
    </message>
    <message>
        <source>%1 is not a time zone.</source>
        <translation>%1 不是时区。</translation>
    </message>
    <message>
        <source>A scheduled action sets a minimum capacity, a maximum capacity or both.</source>
        <translation>计划操作需设置最小容量、最大容量或两者。</translation>
    </message>
    <message>
        <source>The minimum capacity cannot be greater than the maximum.</source>
        <translation>最小容量不能大于最大容量。</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ServiceForm</name>
    <message>
        <source>Enter a name for the service.</source>
        <translation>请输入服务名称。</translation>
    </message>
    <message>
        <source>Up to 255 letters (uppercase and lowercase), numbers, hyphens and underscores are allowed.</source>
        <translation>最多允许 255 个字母（大写和小写）、数字、连字符和下划线。</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>请选择任务定义。</translation>
    </message>
    <message>
        <source>Enter at least one subnet.</source>
        <translation>请至少输入一个子网。</translation>
    </message>
    <message>
        <source>Enter the capacity provider&apos;s name.</source>
        <translation>请输入容量提供程序的名称。</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>这不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>Enter a JSON object ({ … }).</source>
        <translation>请输入一个 JSON 对象（{ … }）。</translation>
    </message>
    <message>
        <source>Enter a JSON list ([ { … } ]).</source>
        <translation>请输入一个 JSON 列表（[ { … } ]）。</translation>
    </message>
    <message>
        <source>Each element of the list must be a JSON object ({ … }).</source>
        <translation>列表的每个元素都必须是 JSON 对象（{ … }）。</translation>
    </message>
    <message>
        <source>Element %1 lacks the required %2.</source>
        <translation>元素 %1 缺少必需的 %2。</translation>
    </message>
    <message>
        <source>It lacks the required %1.</source>
        <translation>缺少必需的 %1。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ServiceModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>所需</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Launch type</source>
        <translation>启动类型</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>任务定义</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>推出状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::StepPolicyForm</name>
    <message>
        <source>policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>The adjustment type must be one of %1.</source>
        <translation>调整类型必须是 %1 之一。</translation>
    </message>
    <message>
        <source>The cooldown</source>
        <translation>冷却时间</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude is only supported with the PercentChangeInCapacity adjustment type.</source>
        <translation>仅 PercentChangeInCapacity 调整类型支持 MinAdjustmentMagnitude。</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude must be at least 1.</source>
        <translation>MinAdjustmentMagnitude 必须至少为 1。</translation>
    </message>
    <message>
        <source>The metric aggregation type must be one of %1.</source>
        <translation>指标聚合类型必须是 %1 之一。</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>The alarm needs a metric namespace and name.</source>
        <translation>警报需要指标命名空间和指标名称。</translation>
    </message>
    <message>
        <source>The comparison must be one of %1.</source>
        <translation>比较运算符必须是 %1 之一。</translation>
    </message>
    <message>
        <source>The alarm period must be 10, 20, 30 or a multiple of 60 seconds.</source>
        <translation>警报时间段必须是 10、20、30 秒或 60 秒的倍数。</translation>
    </message>
    <message>
        <source>The alarm needs at least one evaluation period.</source>
        <translation>警报至少需要一个评估期。</translation>
    </message>
    <message>
        <source>The datapoints to alarm cannot be more than the evaluation periods.</source>
        <translation>触发警报的数据点数不能多于评估期数。</translation>
    </message>
    <message>
        <source>Runs the step scaling policy %1 of %2.</source>
        <translation>运行 %2 的分步扩展策略 %1。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::StoppedTaskGroupModel</name>
    <message>
        <source>(no reason given)</source>
        <translation>（未提供原因）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) stopped with: %1</source>
        <translation>
            <numerusform>%n 个任务因以下原因停止：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TargetTrackingForm</name>
    <message>
        <source>policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>%1 is not a predefined metric of ECS services.</source>
        <translation>%1 不是 ECS 服务的预定义指标。</translation>
    </message>
    <message>
        <source>ALBRequestCountPerTarget needs the resource label of the load balancer&apos;s target group (app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;).</source>
        <translation>ALBRequestCountPerTarget 需要负载均衡器目标组的资源标签（app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;）。</translation>
    </message>
    <message>
        <source>The resource label is not of the form app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;.</source>
        <translation>资源标签的格式不是 app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;。</translation>
    </message>
    <message>
        <source>A customized metric needs a namespace and a metric name.</source>
        <translation>自定义指标需要命名空间和指标名称。</translation>
    </message>
    <message>
        <source>The statistic must be one of %1.</source>
        <translation>统计数据必须是 %1 之一。</translation>
    </message>
    <message>
        <source>The target value must be greater than 0.</source>
        <translation>目标值必须大于 0。</translation>
    </message>
    <message>
        <source>The scale-out cooldown</source>
        <translation>横向扩展冷却时间</translation>
    </message>
    <message>
        <source>The scale-in cooldown</source>
        <translation>横向缩减冷却时间</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskDefinitionDocument</name>
    <message>
        <source>Edit JSON</source>
        <translation>编辑 JSON</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>添加到 %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>从 %1 中移除</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>重新排序 %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskDefinitionTreeModel</name>
    <message>
        <source>%1 active, %2 inactive</source>
        <translation>%1 个活动，%2 个非活动</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Family / revision</source>
        <translation>系列 / 修订</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>网络模式</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册时间</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskFamilyResolver</name>
    <message>
        <source>No ECS connection to look up the task.</source>
        <translation>没有可用于查找任务的 ECS 连接。</translation>
    </message>
    <message>
        <source>Task %1 was not found (%2).</source>
        <translation>未找到任务 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskModel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>上次状态</translation>
    </message>
    <message>
        <source>Desired status</source>
        <translation>所需状态</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>任务定义</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>运行状况</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Stopped reason</source>
        <translation>停止原因</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出代码</translation>
    </message>
    <message>
        <source>Container instance %1</source>
        <translation>容器实例 %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私有 IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公有 IP</translation>
    </message>
    <message>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Host ports</source>
        <translation>主机端口</translation>
    </message>
    <message>
        <source>Target health</source>
        <translation>目标运行状况</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TimestampFormat</name>
    <message>
        <source>just now</source>
        <comment>age of a point in time</comment>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>age of a point in time, in minutes</comment>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a local date and time, then its age: 03/12/2026 09:12 (3 min ago)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Rules</name>
    <message>
        <source>When networkMode=awsvpc, the host ports and container ports in port mappings must match.</source>
        <translation>当 networkMode=awsvpc 时，端口映射中的主机端口和容器端口必须一致。</translation>
    </message>
    <message>
        <source>When networkMode=host, the host ports and container ports in port mappings must match.</source>
        <translation>当 networkMode=host 时，端口映射中的主机端口和容器端口必须一致。</translation>
    </message>
    <message>
        <source>Family contains invalid characters: up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.</source>
        <translation>系列包含无效字符：最多允许 255 个字母（大写和小写）、数字、连字符和下划线。</translation>
    </message>
    <message>
        <source>Container list cannot be empty.</source>
        <translation>容器列表不能为空。</translation>
    </message>
    <message>
        <source>Too many containers.</source>
        <translation>容器过多。</translation>
    </message>
    <message>
        <source>Invalid &apos;cpu&apos; setting for task.</source>
        <translation>任务的 &apos;cpu&apos; 设置无效。</translation>
    </message>
    <message>
        <source>Invalid &apos;memory&apos; setting for task.</source>
        <translation>任务的 &apos;memory&apos; 设置无效。</translation>
    </message>
    <message>
        <source>Container.name should not be null or empty and may only contain letters, numbers, hyphens and underscores.</source>
        <translation>Container.name 不能为空，且只能包含字母、数字、连字符和下划线。</translation>
    </message>
    <message>
        <source>Duplicate container name &apos;%1&apos;.</source>
        <translation>容器名称 &apos;%1&apos; 重复。</translation>
    </message>
    <message>
        <source>Container.image should not be null or empty.</source>
        <translation>Container.image 不能为空。</translation>
    </message>
    <message>
        <source>Invalid setting for container &apos;%1&apos;. At least one of &apos;memory&apos; or &apos;memoryReservation&apos; must be specified.</source>
        <translation>容器 &apos;%1&apos; 的设置无效。必须至少指定 &apos;memory&apos; 或 &apos;memoryReservation&apos; 之一。</translation>
    </message>
    <message>
        <source>Invalid setting for container &apos;%1&apos;. &apos;memory&apos; must be greater than or equal to &apos;memoryReservation&apos;.</source>
        <translation>容器 &apos;%1&apos; 的设置无效。&apos;memory&apos; 必须大于或等于 &apos;memoryReservation&apos;。</translation>
    </message>
    <message>
        <source>Fargate requires task definition to have execution role ARN to support log driver awslogs.</source>
        <translation>Fargate 要求任务定义具有执行角色 ARN 才能支持日志驱动程序 awslogs。</translation>
    </message>
    <message>
        <source>The sum of all container &apos;cpu&apos; values cannot be greater than the value of the task &apos;cpu&apos;.</source>
        <translation>所有容器 &apos;cpu&apos; 值之和不能大于任务的 &apos;cpu&apos; 值。</translation>
    </message>
    <message>
        <source>The sum of all container &apos;memoryReservation&apos; values cannot be greater than the value of the task &apos;memory&apos;.</source>
        <translation>所有容器 &apos;memoryReservation&apos; 值之和不能大于任务的 &apos;memory&apos; 值。</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; in the proxy configuration does not match any container in the task definition.</source>
        <translation>代理配置中的容器名称 &apos;%1&apos; 与任务定义中的任何容器都不匹配。</translation>
    </message>
    <message>
        <source>Fargate only supports network mode &apos;awsvpc&apos;.</source>
        <translation>Fargate 仅支持网络模式 &apos;awsvpc&apos;。</translation>
    </message>
    <message>
        <source>Fargate requires that &apos;cpu&apos; be defined at the task level.</source>
        <translation>Fargate 要求在任务级别定义 &apos;cpu&apos;。</translation>
    </message>
    <message>
        <source>Fargate requires that &apos;memory&apos; be defined at the task level.</source>
        <translation>Fargate 要求在任务级别定义 &apos;memory&apos;。</translation>
    </message>
    <message>
        <source>No Fargate configuration exists for given values: %1 CPU, %2 memory. See the Amazon ECS documentation for the valid values.</source>
        <translation>不存在与给定值对应的 Fargate 配置：%1 CPU，%2 内存。有效值请参阅 Amazon ECS 文档。</translation>
    </message>
    <message>
        <source>Count must be between 1 and 10.</source>
        <translation>数量必须介于 1 和 10 之间。</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support a desired count for services.</source>
        <translation>守护进程调度策略不支持为服务设置所需数量。</translation>
    </message>
    <message>
        <source>Invalid desiredCount: must be at least 0.</source>
        <translation>desiredCount 无效：必须至少为 0。</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support placement strategies. Remove the placement strategy and try again</source>
        <translation>守护进程调度策略不支持放置策略。请删除放置策略后重试</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support the FARGATE launch type.</source>
        <translation>守护进程调度策略不支持 FARGATE 启动类型。</translation>
    </message>
    <message>
        <source>Invalid desiredCount: must be at most %1 (tasks per service).</source>
        <translation>desiredCount 无效：最多为 %1（每个服务的任务数）。</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support values above 100 for maximumPercent on a deployment configuration. Change the maximumPercent value to 100, and try again</source>
        <translation>守护进程调度策略不支持在部署配置中将 maximumPercent 设置为大于 100 的值。请将 maximumPercent 值更改为 100，然后重试</translation>
    </message>
    <message>
        <source>minimumHealthyPercent must be between 0 and 100.</source>
        <translation>minimumHealthyPercent 必须介于 0 和 100 之间。</translation>
    </message>
    <message>
        <source>maximumPercent must be greater than or equal to minimumHealthyPercent.</source>
        <translation>maximumPercent 必须大于或等于 minimumHealthyPercent。</translation>
    </message>
    <message>
        <source>At least one alarm name is required when alarms are enabled.</source>
        <translation>启用警报时，至少需要一个警报名称。</translation>
    </message>
    <message>
        <source>Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.</source>
        <translation>不支持同时指定启动类型和容量提供程序策略。请删除其中一个后重试。</translation>
    </message>
    <message>
        <source>Specifying a capacity provider strategy is not supported when you create a service using the DAEMON scheduling strategy.</source>
        <translation>使用 DAEMON 调度策略创建服务时，不支持指定容量提供程序策略。</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 1000.</source>
        <translation>权重必须介于 0 和 1000 之间。</translation>
    </message>
    <message>
        <source>The base must be between 0 and 100000.</source>
        <translation>基数必须介于 0 和 100000 之间。</translation>
    </message>
    <message>
        <source>Only one capacity provider in a strategy can have a base defined.</source>
        <translation>一个策略中只能有一个容量提供程序定义基数。</translation>
    </message>
    <message>
        <source>Assign public IP is not supported for this launch type.</source>
        <translation>此启动类型不支持分配公有 IP。</translation>
    </message>
    <message>
        <source>At most %1 subnets can be specified.</source>
        <translation>最多可以指定 %1 个子网。</translation>
    </message>
    <message>
        <source>At most %1 security groups can be specified.</source>
        <translation>最多可以指定 %1 个安全组。</translation>
    </message>
    <message>
        <source>The platform version must be null when specifying an EC2 launch type.</source>
        <translation>指定 EC2 启动类型时，平台版本必须为 null。</translation>
    </message>
    <message>
        <source>At most %1 placement constraints can be specified.</source>
        <translation>最多可以指定 %1 个置放约束。</translation>
    </message>
    <message>
        <source>A memberOf placement constraint requires an expression.</source>
        <translation>memberOf 置放约束需要表达式。</translation>
    </message>
    <message>
        <source>A distinctInstance placement constraint does not take an expression.</source>
        <translation>distinctInstance 置放约束不接受表达式。</translation>
    </message>
    <message>
        <source>At most %1 placement strategies can be specified.</source>
        <translation>最多可以指定 %1 个置放策略。</translation>
    </message>
    <message>
        <source>The %1 placement strategy requires a field.</source>
        <translation>%1 置放策略需要字段。</translation>
    </message>
    <message>
        <source>A load balancer requires a container name.</source>
        <translation>负载均衡器需要容器名称。</translation>
    </message>
    <message>
        <source>A load balancer requires a container port between 1 and 65535.</source>
        <translation>负载均衡器需要介于 1 和 65535 之间的容器端口。</translation>
    </message>
    <message>
        <source>healthCheckGracePeriodSeconds must be at least 0.</source>
        <translation>healthCheckGracePeriodSeconds 必须至少为 0。</translation>
    </message>
    <message>
        <source>At most %1 tags can be specified.</source>
        <translation>最多可以指定 %1 个标签。</translation>
    </message>
    <message>
        <source>A tag key must be 1 to 128 characters long.</source>
        <translation>标签键的长度必须为 1 到 128 个字符。</translation>
    </message>
    <message>
        <source>A tag value can be at most 256 characters long.</source>
        <translation>标签值的长度最多为 256 个字符。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ActionDialog</name>
    <message>
        <source>family:revision (type to search)</source>
        <translation>系列:修订版（输入以搜索）</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ActionRegistry</name>
    <message>
        <source>%1 of %2</source>
        <comment>command palette: action of the selected item</comment>
        <translation>%2 的 %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::AlarmHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Alarm history</source>
        <translation>警报历史记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::AlarmsPage</name>
    <message>
        <source>Ala&amp;rms</source>
        <translation>警报(&amp;R)</translation>
    </message>
    <message>
        <source>Set Alarm State to &amp;ALARM</source>
        <translation>将警报状态设置为 ALARM(&amp;A)</translation>
    </message>
    <message>
        <source>Set Alarm State to &amp;OK</source>
        <translation>将警报状态设置为 OK(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Enable Alarm Actions</source>
        <translation>启用警报操作(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable Alarm Actions</source>
        <translation>禁用警报操作(&amp;D)</translation>
    </message>
    <message>
        <source>Alarm &amp;History…</source>
        <translation>警报历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Could not load the alarms: %1</source>
        <translation>无法加载警报：%1</translation>
    </message>
    <message>
        <source>Set to %1 in ECS Desk</source>
        <translation>已在 ECS Desk 中设置为 %1</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>已将 %1 设置为 %2。</translation>
    </message>
    <message>
        <source>Enabled the actions of %1.</source>
        <translation>已启用 %1 的警报操作。</translation>
    </message>
    <message>
        <source>Disabled the actions of %1.</source>
        <translation>已禁用 %1 的警报操作。</translation>
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
        <translation>Auto Scaling 组</translation>
    </message>
    <message>
        <source>&amp;Apply Strategy</source>
        <translation>应用策略(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>容量提供程序</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供程序</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>所需</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Managed scaling</source>
        <translation>托管扩展</translation>
    </message>
    <message>
        <source>Termination protection</source>
        <translation>终止保护</translation>
    </message>
    <message>
        <source>Capacity provider reservation (%)</source>
        <translation>容量提供程序预留（%）</translation>
    </message>
    <message>
        <source>Capacity providers of the cluster</source>
        <translation>集群的容量提供程序</translation>
    </message>
    <message>
        <source>Capacity providers and default strategy</source>
        <translation>容量提供程序和默认策略</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The cluster %1 was not found.</source>
        <translation>未找到集群 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The account&apos;s capacity providers: %1</source>
        <translation>账户的容量提供程序：%1</translation>
    </message>
    <message>
        <source>Auto Scaling groups: %1</source>
        <translation>Auto Scaling 组：%1</translation>
    </message>
    <message>
        <source>Capacity provider reservation: %1</source>
        <translation>容量提供程序预留：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <source>Enabled, target %1%</source>
        <translation>已启用，目标容量 %1%</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>The cluster %1 has no capacity providers: its tasks use a launch type.</source>
        <translation>集群 %1 没有容量提供程序：其任务使用启动类型。</translation>
    </message>
    <message>
        <source>Default strategy: none.</source>
        <translation>默认策略：无。</translation>
    </message>
    <message>
        <source>Default strategy: %1.</source>
        <translation>默认策略：%1。</translation>
    </message>
    <message>
        <source>Applying the capacity providers and the default strategy…</source>
        <translation>正在应用容量提供程序和默认策略…</translation>
    </message>
    <message>
        <source>The capacity providers and strategy were not applied: %1</source>
        <translation>未应用容量提供程序和策略：%1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ClusterPage</name>
    <message>
        <source>&amp;Clusters</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Cluster</source>
        <translation>打开集群(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>新建集群(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Cluster…</source>
        <translation>删除集群(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>Cluster %1 created.</source>
        <translation>集群 %1 已创建。</translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation>删除集群</translation>
    </message>
    <message>
        <source>Delete cluster %1? It must have no services or container instances.</source>
        <translation>删除集群 %1？该集群中不能有服务或容器实例。</translation>
    </message>
    <message>
        <source>Cluster %1 deleted.</source>
        <translation>集群 %1 已删除。</translation>
    </message>
    <message>
        <source>Cluster &amp;Settings…</source>
        <translation>集群设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Settings of cluster %1 saved.</source>
        <translation>集群 %1 的设置已保存。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ClusterSettingsDialog</name>
    <message>
        <source>&amp;Add Tag</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>移除标签(&amp;R)</translation>
    </message>
    <message>
        <source>Cluster Settings: %1</source>
        <translation>集群设置：%1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Enhanced observability</source>
        <translation>增强可观测性</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Container &amp;Insights:</source>
        <translation>Container Insights(&amp;I)：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The cluster %1 was not found.</source>
        <translation>未找到集群 %1。</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <source>A cluster can have at most %1 tags.</source>
        <translation>一个集群最多可以有 %1 个标签。</translation>
    </message>
    <message>
        <source>The tag key %1 is longer than %2 characters.</source>
        <translation>标签键 %1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The value of tag %1 is longer than %2 characters.</source>
        <translation>标签 %1 的值超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved for AWS.</source>
        <translation>以 aws: 开头的标签键保留供 AWS 使用。</translation>
    </message>
    <message>
        <source>The tag key %1 appears more than once.</source>
        <translation>标签键 %1 出现了多次。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not every change was saved: %1</source>
        <translation>并非所有更改都已保存：%1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Cluster, service or task name</source>
        <translation>集群、服务或任务名称</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionController</name>
    <message>
        <source>The local endpoint did not start: %1</source>
        <translation>本地端点未能启动：%1</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>The keys of %1 are kept for this session only: the system keychain did not store them. Enter them again after a restart, or set up the keychain.</source>
        <translation>%1 的密钥仅在本次会话中保留：系统钥匙串未能存储它们。重启后请重新输入，或设置钥匙串。</translation>
    </message>
    <message>
        <source>Reading the keys of %1 from the system keychain…</source>
        <translation>正在从系统钥匙串读取 %1 的密钥…</translation>
    </message>
    <message>
        <source>The keys of %1 could not be read from the keychain: %2</source>
        <translation>无法从钥匙串中读取 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>Enter Keys…</source>
        <translation>输入密钥…</translation>
    </message>
    <message>
        <source>The SSO session of profile %1 has expired: sign in again.</source>
        <translation>配置文件 %1 的 SSO 会话已过期：请重新登录。</translation>
    </message>
    <message>
        <source>Profile %1 has no SSO sign-in yet: sign in.</source>
        <translation>配置文件 %1 尚未进行 SSO 登录：请登录。</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>重新登录…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>empty for AWS; e.g. http://127.0.0.1:4566/</source>
        <translation>留空表示 AWS；例如 http://127.0.0.1:4566/</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>端点 URL(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>访问密钥 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>秘密访问密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Session t&amp;oken:</source>
        <translation>会话令牌(&amp;O)：</translation>
    </message>
    <message>
        <source>The keys are stored in the system keychain only.</source>
        <translation>密钥仅存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>请输入连接名称。</translation>
    </message>
    <message>
        <source>The endpoint URL must be an http:// or https:// URL with a host.</source>
        <translation>端点 URL 必须是包含主机的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1.</source>
        <translation>“%1”不是区域名称（例如 us-east-1）。</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation>请输入访问密钥 ID 和秘密访问密钥。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the endpoint lists %n cluster(s).</source>
        <translation>
            <numerusform>已连接：该端点列出了 %n 个集群。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected as %1 (account %2).</source>
        <translation>已连接，身份为 %1（账户 %2）。</translation>
    </message>
    <message>
        <source>&amp;Keep Keys for This Session Only</source>
        <translation>仅在本次会话中保留密钥(&amp;K)</translation>
    </message>
    <message>
        <source>The keys stay in memory until ECS Desk quits; they are never written to a file.</source>
        <translation>密钥保留在内存中直到 ECS Desk 退出；它们从不写入文件。</translation>
    </message>
    <message>
        <source>Storing the keys in the system keychain…</source>
        <translation>正在将密钥存入系统钥匙串…</translation>
    </message>
    <message>
        <source>The keys of %1 could not be stored in the system keychain: %2
Keep them for this session only, or cancel and set up the keychain.</source>
        <translation>无法将 %1 的密钥存入系统钥匙串：%2
请仅在本次会话中保留它们，或取消并设置钥匙串。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionRegionsDialog</name>
    <message>
        <source>Regions of %1</source>
        <translation>%1 的区域</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>其他区域</translation>
    </message>
    <message>
        <source>Another region, e.g. us-gov-west-1</source>
        <translation>其他区域，例如 us-gov-west-1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation>添加该区域</translation>
    </message>
    <message>
        <source>The Fleet Overview loads every region checked here; the navigator lists them under the connection.</source>
        <translation>全局概览会加载此处勾选的每个区域；导航器会在该连接下列出这些区域。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ContainerInstancePage</name>
    <message>
        <source>Container &amp;Instances</source>
        <translation>容器实例(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Drain Instance</source>
        <translation>耗尽实例(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Activate Instance</source>
        <translation>激活实例(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>Drain Instances</source>
        <translation>耗尽实例</translation>
    </message>
    <message numerus="yes">
        <source>Drain %n container instance(s)? Their service tasks move elsewhere.</source>
        <translation>
            <numerusform>耗尽 %n 个容器实例？其上的服务任务将转移到其他实例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) set to %1.</source>
        <translation>
            <numerusform>%n 个实例已设置为 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CreateClusterDialog</name>
    <message>
        <source>New Cluster</source>
        <translation>新建集群</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter a cluster name.</source>
        <translation>请输入集群名称。</translation>
    </message>
    <message>
        <source>A cluster name has up to 255 letters, digits, hyphens and underscores.</source>
        <translation>集群名称最多包含 255 个字母、数字、连字符和下划线。</translation>
    </message>
    <message>
        <source>names of Auto Scaling group capacity providers, comma-separated</source>
        <translation>Auto Scaling 组容量提供程序的名称，以逗号分隔</translation>
    </message>
    <message>
        <source>Capacity providers of the account backed by an Auto Scaling group (CreateCapacityProvider)</source>
        <translation>账户中由 Auto Scaling 组支持的容量提供程序（CreateCapacityProvider）</translation>
    </message>
    <message>
        <source>Account default</source>
        <translation>账户默认值</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Enhanced observability</source>
        <translation>增强可观测性</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>team=web, stage=prod</source>
        <translation>team=web, stage=prod</translation>
    </message>
    <message>
        <source>Capacity providers:</source>
        <translation>容量提供程序：</translation>
    </message>
    <message>
        <source>Auto Scaling &amp;group providers:</source>
        <translation>Auto Scaling 组提供程序(&amp;G)：</translation>
    </message>
    <message>
        <source>Default strategy:</source>
        <translation>默认策略：</translation>
    </message>
    <message>
        <source>Container &amp;Insights:</source>
        <translation>Container Insights(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>A capacity provider name has up to 255 letters, digits, hyphens and underscores: %1</source>
        <translation>容量提供程序名称最多包含 255 个字母、数字、连字符和下划线：%1</translation>
    </message>
    <message>
        <source>Write each tag as key=value, separated by commas.</source>
        <translation>请按 key=value 的格式填写每个标签，以逗号分隔。</translation>
    </message>
    <message>
        <source>A tag key has up to 128 characters and its value up to 256.</source>
        <translation>标签键最多 128 个字符，其值最多 256 个字符。</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved for AWS.</source>
        <translation>以 aws: 开头的标签键保留供 AWS 使用。</translation>
    </message>
    <message>
        <source>The tag key %1 appears more than once.</source>
        <translation>标签键 %1 出现了多次。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CreateServiceDialog</name>
    <message>
        <source>New Service</source>
        <translation>新建服务</translation>
    </message>
    <message>
        <source>subnet-1, subnet-2 (awsvpc / Fargate)</source>
        <translation>subnet-1, subnet-2（awsvpc / Fargate）</translation>
    </message>
    <message>
        <source>sg-1, sg-2</source>
        <translation>sg-1, sg-2</translation>
    </message>
    <message>
        <source>distinctInstance or a memberOf expression</source>
        <translation>distinctInstance 或 memberOf 表达式</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>任务定义(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>启动类型(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Desired count:</source>
        <translation>所需数量(&amp;D)：</translation>
    </message>
    <message>
        <source>M&amp;inimum healthy:</source>
        <translation>最小运行状况百分比(&amp;I)：</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>最大百分比(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>子网(&amp;U)：</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>安全组(&amp;G)：</translation>
    </message>
    <message>
        <source>Placement &amp;strategy:</source>
        <translation>置放策略(&amp;S)：</translation>
    </message>
    <message>
        <source>Placement co&amp;nstraint:</source>
        <translation>置放约束(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter a service name.</source>
        <translation>请输入服务名称。</translation>
    </message>
    <message>
        <source>A service name has up to 255 letters, digits, hyphens and underscores.</source>
        <translation>服务名称最多包含 255 个字母、数字、连字符和下划线。</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>请选择任务定义。</translation>
    </message>
    <message>
        <source>Fargate services need at least one subnet.</source>
        <translation>Fargate 服务至少需要一个子网。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DeploymentProgress</name>
    <message>
        <source>%1: %2 of %3 running</source>
        <comment>service: running of desired tasks</comment>
        <translation>%1：%2/%3 正在运行</translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <comment>the list of deploying services</comment>
        <translation>正在部署 %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DeploymentsPane</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>任务定义</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发源</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deployment progress</source>
        <translation>部署进度</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>所需</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>推出状态</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>失败的任务</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止时间</translation>
    </message>
    <message>
        <source>Service events</source>
        <translation>服务事件</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>回滚(&amp;R)…</translation>
    </message>
    <message>
        <source>Select one deployment to see what it changed, two to compare them.</source>
        <translation>选择一个部署以查看其更改内容，选择两个部署以进行比较。</translation>
    </message>
    <message>
        <source>In progress:</source>
        <translation>进行中：</translation>
    </message>
    <message>
        <source>Loading the deployments of %1…</source>
        <translation>正在加载 %1 的部署…</translation>
    </message>
    <message>
        <source>Deployments: %1</source>
        <translation>部署：%1</translation>
    </message>
    <message>
        <source>%1 running, %2 pending of %3</source>
        <translation>%1 个运行中，%2 个待处理，共 %3 个</translation>
    </message>
    <message>
        <source>%1 has no service deployments.</source>
        <translation>%1 没有服务部署。</translation>
    </message>
    <message>
        <source>Deployment %1 is %2; refreshing every %3 s.</source>
        <translation>部署 %1 的状态为 %2；每 %3 秒刷新一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) of %1.</source>
        <translation>
            <numerusform>%1 的 %n 个部署。</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 exited with %2)</source>
        <translation>（%1 已退出，退出代码 %2）</translation>
    </message>
    <message>
        <source>From deployment %1 to %2:</source>
        <translation>从部署 %1 到 %2：</translation>
    </message>
    <message>
        <source>What deployment %1 changed:</source>
        <translation>部署 %1 更改的内容：</translation>
    </message>
    <message>
        <source>Deployment %1 replaced no earlier revision.</source>
        <translation>部署 %1 未替换任何更早的修订。</translation>
    </message>
    <message>
        <source>Select an active service to roll back.</source>
        <translation>请选择要回滚的活动服务。</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 is in progress. Stop it and roll back to %3?</source>
        <translation>%2 的部署 %1 正在进行中。要停止它并回滚到 %3 吗？</translation>
    </message>
    <message>
        <source>the previous revision</source>
        <translation>上一个修订</translation>
    </message>
    <message>
        <source>Update %1 back to revision %2 (%3)?</source>
        <translation>要将 %1 更新回修订 %2（%3）吗？</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation>正在回滚 %1…</translation>
    </message>
    <message>
        <source>Roll back failed: %1</source>
        <translation>回滚失败：%1</translation>
    </message>
    <message>
        <source>Rollback of %1 started.</source>
        <translation>%1 的回滚已开始。</translation>
    </message>
    <message>
        <source>The two revisions do not differ.</source>
        <translation>这两个修订没有差异。</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>更改内容：</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>回滚(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DesiredCountDialog</name>
    <message>
        <source>Set Desired Count</source>
        <translation>设置所需数量</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>&amp;Desired tasks:</source>
        <translation>所需任务数(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DetailsPane</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active services</source>
        <translation>活动服务</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>正在运行的任务</translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation>待处理的任务</translation>
    </message>
    <message>
        <source>Container instances</source>
        <translation>容器实例</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>容量提供程序</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>任务定义</translation>
    </message>
    <message>
        <source>Desired count</source>
        <translation>所需数量</translation>
    </message>
    <message>
        <source>Running count</source>
        <translation>运行中数量</translation>
    </message>
    <message>
        <source>Pending count</source>
        <translation>待处理数量</translation>
    </message>
    <message>
        <source>Launch type</source>
        <translation>启动类型</translation>
    </message>
    <message>
        <source>Scheduling strategy</source>
        <translation>调度策略</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>所需</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>推出状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>上次状态</translation>
    </message>
    <message>
        <source>Desired status</source>
        <translation>所需状态</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Container instance</source>
        <translation>容器实例</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>运行状况</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止时间</translation>
    </message>
    <message>
        <source>Stop code</source>
        <translation>停止代码</translation>
    </message>
    <message>
        <source>Stopped reason</source>
        <translation>停止原因</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>状态原因</translation>
    </message>
    <message>
        <source>Agent connected</source>
        <translation>代理已连接</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Capacity provider</source>
        <translation>容量提供程序</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attributes and resources</source>
        <translation>属性和资源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Registered / value</source>
        <translation>已注册 / 值</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Double-click a task to show it in the Tasks pane</source>
        <translation>双击任务以在“任务”窗格中显示</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私有 IP</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公有 IP</translation>
    </message>
    <message>
        <source>Private DNS name</source>
        <translation>私有 DNS 名称</translation>
    </message>
    <message>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Host ports</source>
        <translation>主机端口</translation>
    </message>
    <message>
        <source>Runtime id</source>
        <translation>运行时 ID</translation>
    </message>
    <message>
        <source>Default strategy</source>
        <translation>默认策略</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::EcrImagePicker</name>
    <message>
        <source>Image warning</source>
        <translation>映像警告</translation>
    </message>
    <message>
        <source>Use the Newest Image</source>
        <translation>使用最新映像</translation>
    </message>
    <message>
        <source>Use the newest pushed image: %1</source>
        <translation>使用最新推送的映像：%1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::EcrRepositoriesView</name>
    <message>
        <source>Repositories</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Copy docker pull</source>
        <translation>复制 docker pull 命令</translation>
    </message>
    <message>
        <source>Copy docker login</source>
        <translation>复制 docker login 命令</translation>
    </message>
    <message>
        <source>Delete Images…</source>
        <translation>删除映像…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Lifecycle policy: loading…</source>
        <translation>生命周期策略：正在加载…</translation>
    </message>
    <message>
        <source>No lifecycle policy: images are kept until deleted.</source>
        <translation>无生命周期策略：映像将一直保留，直到被删除。</translation>
    </message>
    <message>
        <source>Lifecycle policy: %1</source>
        <translation>生命周期策略：%1</translation>
    </message>
    <message>
        <source>Lifecycle policy: its preview expires no image.</source>
        <translation>生命周期策略：预览显示不会使任何映像过期。</translation>
    </message>
    <message numerus="yes">
        <source>Lifecycle policy: its preview expires %n image(s): %1</source>
        <translation>
            <numerusform>生命周期策略：预览显示将使 %n 个映像过期：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>删除映像</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) from %1 with all their tags? This cannot be undone.

%2</source>
        <translation>
            <numerusform>从 %1 中删除 %n 个映像及其所有标签？此操作无法撤销。

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Images deleted.</source>
        <translation>映像已删除。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::FleetOverviewPage</name>
    <message>
        <source>&amp;Fleet Overview</source>
        <translation>全局概览(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Cluster</source>
        <translation>打开集群(&amp;O)</translation>
    </message>
    <message>
        <source>Refresh &amp;Fleet Overview</source>
        <translation>刷新全局概览(&amp;F)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3：%4</translation>
    </message>
    <message>
        <source>Regions of the connection</source>
        <translation>连接的区域</translation>
    </message>
    <message>
        <source>&amp;Regions…</source>
        <translation>区域(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Regions: %1…</source>
        <translation>区域(&amp;R)：%1…</translation>
    </message>
    <message>
        <source>Choose the regions of this connection that the overview loads</source>
        <translation>选择概览要加载的此连接的区域</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LoadBalancersPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Load the region&apos;s load balancers, listeners, rules and target groups again</source>
        <translation>重新加载该区域的负载均衡器、侦听器、规则和目标组</translation>
    </message>
    <message>
        <source>Load &amp;Balancers</source>
        <translation>负载均衡器(&amp;B)</translation>
    </message>
    <message>
        <source>Refresh &amp;Load Balancers</source>
        <translation>刷新负载均衡器(&amp;L)</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 calls</source>
        <translation>正在加载… %1/%2 个调用</translation>
    </message>
    <message>
        <source>Load balancers: %1, target groups: %2, with unhealthy targets: %3 (at %4)</source>
        <extracomment>%1, %2, %3: numbers; %4 a time of day</extracomment>
        <translation>负载均衡器：%1，目标组：%2，含不正常目标的目标组：%3（截至 %4）</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>Could not load the load balancers: %1</source>
        <translation>无法加载负载均衡器：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LoadBalancingPane</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Protocol and port</source>
        <translation>协议和端口</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>运行状况检查</translation>
    </message>
    <message>
        <source>Deregistration delay</source>
        <translation>取消注册延迟</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>运行状况</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Loading the target groups of %1 failed: %2</source>
        <translation>加载 %1 的目标组失败：%2</translation>
    </message>
    <message>
        <source>Loading the load balancing of %1…</source>
        <translation>正在加载 %1 的负载均衡…</translation>
    </message>
    <message>
        <source>Reading the service %1 failed: %2</source>
        <translation>读取服务 %1 失败：%2</translation>
    </message>
    <message>
        <source>The service %1 was not found.</source>
        <translation>未找到服务 %1。</translation>
    </message>
    <message>
        <source>The load balancing of %1 could not be read.</source>
        <translation>无法读取 %1 的负载均衡。</translation>
    </message>
    <message>
        <source>Select a service to see its load balancers.</source>
        <translation>选择一个服务以查看其负载均衡器。</translation>
    </message>
    <message>
        <source>This service has no load balancer.</source>
        <translation>此服务没有负载均衡器。</translation>
    </message>
    <message>
        <source>This service is behind the Classic Load Balancer %1; its instances are not shown here.</source>
        <translation>此服务位于 Classic Load Balancer %1 之后；此处不显示其实例。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 %2 on %3 every %4 s, timeout %5 s, healthy after %6, unhealthy after %7</source>
        <translation>%1 %2，端口 %3，每 %4 秒一次，超时 %5 秒，连续 %6 次成功后为正常，连续 %7 次失败后为不正常</translation>
    </message>
    <message>
        <source>the traffic port</source>
        <translation>流量端口</translation>
    </message>
    <message>
        <source>, expects %1</source>
        <translation>，预期 %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>(target group not found)</source>
        <translation>（未找到目标组）</translation>
    </message>
    <message>
        <source>No task of the cluster has this address.</source>
        <translation>集群中没有任务使用此地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n target groups, no targets.</source>
        <translation>
            <numerusform>%n 个目标组，无目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target groups, %1 targets: %2.</source>
        <translation>
            <numerusform>%n 个目标组，%1 个目标：%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LogsPane</name>
    <message>
        <source>Filter pattern (CloudWatch syntax: ERROR, &quot;exact phrase&quot;, ?a ?b) — Enter</source>
        <translation>筛选模式（CloudWatch 语法：ERROR、&quot;exact phrase&quot;、?a ?b）— 按 Enter</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>加载更早的日志</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>No running tasks.</source>
        <translation>没有正在运行的任务。</translation>
    </message>
    <message>
        <source>Could not find the tasks&apos; logs: %1</source>
        <translation>找不到这些任务的日志：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The task definition has no containers.</source>
        <translation>该任务定义没有容器。</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>日志文件 (*.log *.txt)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Filter pattern</source>
        <translation>筛选模式</translation>
    </message>
    <message>
        <source>Log events</source>
        <translation>日志事件</translation>
    </message>
    <message>
        <source>No log events yet</source>
        <translation>尚无日志事件</translation>
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
        <translation>导航器</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>转到(&amp;G)…</translation>
    </message>
    <message>
        <source>Export Pane as &amp;CSV…</source>
        <translation>将窗格导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Pane as &amp;JSON…</source>
        <translation>将窗格导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Copy &amp;ARN</source>
        <translation>复制 ARN(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>复制 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>新建连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>自动刷新(&amp;A)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ECS Desk</source>
        <translation>关于 ECS Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About ECS Desk</source>
        <translation>关于 ECS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ECS Desk %1&lt;/h3&gt;&lt;p&gt;A native desktop cluster manager for Amazon ECS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ECS Desk %1&lt;/h3&gt;&lt;p&gt;适用于 Amazon ECS 的原生桌面集群管理器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 (%2) — ECS Desk</source>
        <comment>connection (region)</comment>
        <translation>%1（%2）— ECS Desk</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — ECS Desk</source>
        <comment>cluster — connection (region)</comment>
        <translation>%1 — %2（%3）— ECS Desk</translation>
    </message>
    <message>
        <source>Open in AWS &amp;Console</source>
        <translation>在 AWS 控制台中打开(&amp;C)</translation>
    </message>
    <message>
        <source>ECR &amp;Repositories</source>
        <translation>ECR 存储库(&amp;R)</translation>
    </message>
    <message>
        <source>ECR Repositories</source>
        <translation>ECR 存储库</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <comment>window title of a read-only connection</comment>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>%1 — %2 — read-only</source>
        <comment>status bar: connection — region — read-only</comment>
        <translation>%1 — %2 — 只读</translation>
    </message>
    <message>
        <source>Unknown pane %1: use one of %2.</source>
        <extracomment>%1: the name given to --pane; %2: the pane names it accepts, comma-separated</extracomment>
        <translation>未知窗格 %1：请使用 %2 之一。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::MetricsPane</name>
    <message>
        <source>CPU utilization</source>
        <translation>CPU 利用率</translation>
    </message>
    <message>
        <source>Memory utilization</source>
        <translation>内存利用率</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
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
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not load metrics: %1</source>
        <translation>无法加载指标：%1</translation>
    </message>
    <message>
        <source>Could not load deployments: %1</source>
        <translation>无法加载部署：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n series, %1 datapoints, period %2 s</source>
        <translation>
            <numerusform>%n 个序列，%1 个数据点，时间段 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Could not look up task %1: %2</source>
        <translation>无法查找任务 %1：%2</translation>
    </message>
    <message>
        <source>No Container Insights data for task %1. Per-task metrics need Container Insights turned on for its cluster.</source>
        <translation>任务 %1 没有 Container Insights 数据。按任务的指标需要为其集群开启 Container Insights。</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>内存 (%)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>内存 (MiB)</translation>
    </message>
    <message>
        <source>CPU (CPU units)</source>
        <translation>CPU（CPU 单位）</translation>
    </message>
    <message>
        <source>%1 in ALARM</source>
        <translation>%1 处于 ALARM 状态</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::Navigator</name>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>cluster name (services, running tasks)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 个服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections and clusters</source>
        <translation>连接和集群</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>The embedded ECS-compatible endpoint</source>
        <translation>内置的 ECS 兼容端点</translation>
    </message>
    <message>
        <source>Local (unavailable)</source>
        <translation>本地（不可用）</translation>
    </message>
    <message>
        <source>Profile %1 (no region)</source>
        <translation>配置文件 %1（无区域）</translation>
    </message>
    <message>
        <source>Profile %1 (%2)</source>
        <translation>配置文件 %1（%2）</translation>
    </message>
    <message>
        <source>static keys</source>
        <translation>静态密钥</translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation>IAM Identity Center（SSO）</translation>
    </message>
    <message>
        <source>assumed role</source>
        <translation>代入的角色</translation>
    </message>
    <message>
        <source>credential process</source>
        <translation>凭证进程（credential_process）</translation>
    </message>
    <message>
        <source>Profile %1: %2, region %3</source>
        <translation>配置文件 %1：%2，区域 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>配置文件 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>profile at endpoint URL</comment>
        <translation>%1 位于 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cluster(s))</source>
        <translation>
            <numerusform>%1（%n 个集群）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Regions…</source>
        <translation>区域(&amp;R)…</translation>
    </message>
    <message>
        <source>Select to connect in %1</source>
        <translation>选择以在 %1 中连接</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ObservedItemController</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>Auto &amp;Scaling</source>
        <translation>Auto Scaling(&amp;S)</translation>
    </message>
    <message>
        <source>De&amp;ployments</source>
        <translation>部署(&amp;P)</translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation>容量(&amp;Y)</translation>
    </message>
    <message>
        <source>Load &amp;Balancing</source>
        <translation>负载均衡(&amp;B)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::OpenShellDialog</name>
    <message>
        <source>Open Shell</source>
        <translation>打开 Shell</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>容器(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Open Shell</source>
        <translation>打开 Shell(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Enable ECS Exec on Service</source>
        <translation>在服务上启用 ECS Exec(&amp;E)</translation>
    </message>
    <message>
        <source>Not in read-only mode: it changes the service.</source>
        <translation>只读模式下不可用：此操作会更改服务。</translation>
    </message>
    <message>
        <source>Turns on enableExecuteCommand and starts a new deployment.</source>
        <translation>开启 enableExecuteCommand 并启动新部署。</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::OpenShellFlow</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The shell opens in a terminal window.</source>
        <translation>Shell 将在终端窗口中打开。</translation>
    </message>
    <message>
        <source>The connection&apos;s keys could not be read: %1</source>
        <translation>无法读取该连接的密钥：%1</translation>
    </message>
    <message>
        <source>ECS Exec is on for service %1: its new deployment starts tasks you can open a shell in.</source>
        <translation>服务 %1 已开启 ECS Exec：其新部署将启动可在其中打开 Shell 的任务。</translation>
    </message>
    <message>
        <source>Enabling ECS Exec on service %1 (a new deployment replaces its tasks)…</source>
        <translation>正在服务 %1 上启用 ECS Exec（新部署将替换其任务）…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PageArea</name>
    <message>
        <source>Filter %1</source>
        <translation>筛选%1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PaneWidget</name>
    <message>
        <source>Filter (text or column:value)</source>
        <translation>筛选（文本或“列:值”）</translation>
    </message>
    <message>
        <source>Copy &amp;ARN</source>
        <translation>复制 ARN(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>复制 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column; searched as text. Columns: %2.</source>
        <translation>“%1”不是列；已作为文本搜索。列：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2; searched as text. Type more of the column name.</source>
        <translation>“%1”可能是 %2；已作为文本搜索。请输入更多列名。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Export Pane</source>
        <translation>导出窗格</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PolicyDialog</name>
    <message>
        <source>default (300 s)</source>
        <translation>默认（300 秒）</translation>
    </message>
    <message>
        <source>&amp;Disable scale-in</source>
        <translation>禁用横向缩减(&amp;D)</translation>
    </message>
    <message>
        <source>Scaling Policy of %1</source>
        <translation>%1 的扩展策略</translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation>目标跟踪</translation>
    </message>
    <message>
        <source>Step scaling</source>
        <translation>分步扩展</translation>
    </message>
    <message>
        <source>Average CPU utilization</source>
        <translation>平均 CPU 利用率</translation>
    </message>
    <message>
        <source>Average memory utilization</source>
        <translation>平均内存利用率</translation>
    </message>
    <message>
        <source>Requests per target (ALB)</source>
        <translation>每个目标的请求数（ALB）</translation>
    </message>
    <message>
        <source>Customized metric</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <source>Name=Value, Name=Value</source>
        <translation>名称=值, 名称=值</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Resource label:</source>
        <translation>资源标签(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>Metric na&amp;me:</source>
        <translation>指标名称(&amp;M)：</translation>
    </message>
    <message>
        <source>S&amp;tatistic:</source>
        <translation>统计数据(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;imensions:</source>
        <translation>维度(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>Scale-&amp;out cooldown:</source>
        <translation>横向扩展冷却时间(&amp;O)：</translation>
    </message>
    <message>
        <source>Scale-i&amp;n cooldown:</source>
        <translation>横向缩减冷却时间(&amp;N)：</translation>
    </message>
    <message>
        <source>Change in capacity</source>
        <translation>容量变化</translation>
    </message>
    <message>
        <source>Percent change in capacity</source>
        <translation>容量百分比变化</translation>
    </message>
    <message>
        <source>Exact capacity</source>
        <translation>精确容量</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Adjustment type:</source>
        <translation>调整类型(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Cooldown:</source>
        <translation>冷却时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Metric a&amp;ggregation:</source>
        <translation>指标聚合(&amp;G)：</translation>
    </message>
    <message>
        <source>Minimum ad&amp;justment magnitude:</source>
        <translation>最小调整幅度(&amp;J)：</translation>
    </message>
    <message>
        <source>Step adjustments</source>
        <translation>步骤调整</translation>
    </message>
    <message>
        <source>Lower bound (blank: -∞)</source>
        <translation>下限（留空：-∞）</translation>
    </message>
    <message>
        <source>Upper bound (blank: +∞)</source>
        <translation>上限（留空：+∞）</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整值</translation>
    </message>
    <message>
        <source>Bounds are relative to the alarm&apos;s threshold: a metric 15 above a threshold of 70 is in the step from 10 to 20.</source>
        <translation>界限相对于警报阈值：阈值为 70 时，比阈值高 15 的指标值落在 10 到 20 的步骤中。</translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation>添加步骤(&amp;T)</translation>
    </message>
    <message>
        <source>Remove Ste&amp;p</source>
        <translation>移除步骤(&amp;P)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Alarm na&amp;me:</source>
        <translation>警报名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Alarm na&amp;mespace:</source>
        <translation>警报命名空间(&amp;M)：</translation>
    </message>
    <message>
        <source>Alarm metric:</source>
        <translation>警报指标：</translation>
    </message>
    <message>
        <source>Alarm statistic:</source>
        <translation>警报统计数据：</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>比较运算符：</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>阈值(&amp;H)：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Evaluation periods:</source>
        <translation>评估期数：</translation>
    </message>
    <message>
        <source>Datapoints to alarm:</source>
        <translation>触发警报的数据点数：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Step %1 has a bound or adjustment that is not a number.</source>
        <translation>步骤 %1 的界限或调整值不是数字。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwardDialog</name>
    <message>
        <source>To the &amp;container&apos;s port</source>
        <translation>转发到容器的端口(&amp;C)</translation>
    </message>
    <message>
        <source>To a &amp;remote host through the task</source>
        <translation>通过任务转发到远程主机(&amp;R)</translation>
    </message>
    <message>
        <source>Forward a Port</source>
        <translation>转发端口</translation>
    </message>
    <message>
        <source>mydb.cluster-abc.eu-west-1.rds.amazonaws.com</source>
        <translation>mydb.cluster-abc.eu-west-1.rds.amazonaws.com</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>容器(&amp;C)：</translation>
    </message>
    <message>
        <source>Remote &amp;host:</source>
        <translation>远程主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Local port:</source>
        <translation>本地端口(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>转发(&amp;F)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwards</name>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Failed to start: %1</source>
        <translation>启动失败：%1</translation>
    </message>
    <message>
        <source>Ended (exit code %1)</source>
        <translation>已结束（退出代码 %1）</translation>
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
        <translation>%1:%2（经由 %3）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Forwards to</source>
        <translation>转发到</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwardsDialog</name>
    <message>
        <source>Port Forwards</source>
        <translation>端口转发</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>全部停止(&amp;A)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language is used the next time ECS Desk starts.</source>
        <translation>新语言将在下次启动 ECS Desk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>自动刷新(&amp;A)：</translation>
    </message>
    <message>
        <source>production, prod-admin</source>
        <translation>production, prod-admin</translation>
    </message>
    <message>
        <source>Profiles or connections, separated by commas, whose resources ECS Desk only shows: every action that changes something is disabled.</source>
        <translation>以逗号分隔的配置文件或连接；ECS Desk 对其资源只显示不更改：所有会进行更改的操作都将被禁用。</translation>
    </message>
    <message>
        <source>&amp;Read-only connections:</source>
        <translation>只读连接(&amp;R)：</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>The terminal emulator Open Shell runs the AWS CLI in: a program on PATH or a path. Detect tries $TERMINAL, x-terminal-emulator, gnome-terminal, konsole and xterm.</source>
        <translation>“打开 Shell”在其中运行 AWS CLI 的终端模拟器：PATH 中的程序或路径。“自动检测”会依次尝试 $TERMINAL、x-terminal-emulator、gnome-terminal、konsole 和 xterm。</translation>
    </message>
    <message>
        <source>&amp;Terminal for Open Shell:</source>
        <translation>“打开 Shell”使用的终端(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::RunTaskDialog</name>
    <message>
        <source>Run Task</source>
        <translation>运行任务</translation>
    </message>
    <message>
        <source>container name (for the overrides)</source>
        <translation>容器名称（用于覆盖）</translation>
    </message>
    <message>
        <source>command, space separated</source>
        <translation>命令，以空格分隔</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>KEY=VALUE，每行一个</translation>
    </message>
    <message>
        <source>subnet-1, subnet-2 (awsvpc / Fargate)</source>
        <translation>subnet-1, subnet-2（awsvpc / Fargate）</translation>
    </message>
    <message>
        <source>sg-1, sg-2</source>
        <translation>sg-1, sg-2</translation>
    </message>
    <message>
        <source>distinctInstance or a memberOf expression</source>
        <translation>distinctInstance 或 memberOf 表达式</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>任务定义(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>数量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>启动类型(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>容器(&amp;O)：</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>子网(&amp;U)：</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>安全组(&amp;G)：</translation>
    </message>
    <message>
        <source>Placement &amp;strategy:</source>
        <translation>置放策略(&amp;S)：</translation>
    </message>
    <message>
        <source>Placement co&amp;nstraint:</source>
        <translation>置放约束(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>请选择任务定义。</translation>
    </message>
    <message>
        <source>Environment line %1 is not KEY=VALUE.</source>
        <translation>环境变量第 %1 行不是 KEY=VALUE 格式。</translation>
    </message>
    <message>
        <source>Name the container the command and environment overrides apply to.</source>
        <translation>请指定命令和环境变量覆盖所应用的容器名称。</translation>
    </message>
    <message>
        <source>Fargate tasks need at least one subnet.</source>
        <translation>Fargate 任务至少需要一个子网。</translation>
    </message>
    <message>
        <source>Capacity provider strategy:</source>
        <translation>容量提供程序策略：</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScalingPane</name>
    <message>
        <source>&amp;Apply Capacity</source>
        <translation>应用容量(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Apply &amp;Target</source>
        <translation>应用目标值(&amp;T)</translation>
    </message>
    <message>
        <source>Scaling policies</source>
        <translation>扩展策略</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Scheduled actions</source>
        <translation>计划操作</translation>
    </message>
    <message>
        <source>Scheduled action</source>
        <translation>计划操作</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Scaling activities</source>
        <translation>扩展活动</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>最小容量</translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation>最大容量</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>最小值(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>最大值(&amp;X)：</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Tar&amp;get value of the selected target tracking policy:</source>
        <translation>所选目标跟踪策略的目标值(&amp;G)：</translation>
    </message>
    <message>
        <source>Loading auto scaling of %1…</source>
        <translation>正在加载 %1 的自动扩展设置…</translation>
    </message>
    <message>
        <source>Select a service to see its auto scaling.</source>
        <translation>选择一个服务以查看其自动扩展设置。</translation>
    </message>
    <message>
        <source>scale-in</source>
        <translation>横向缩减</translation>
    </message>
    <message>
        <source>scale-out</source>
        <translation>横向扩展</translation>
    </message>
    <message>
        <source>scheduled scaling</source>
        <translation>计划扩展</translation>
    </message>
    <message>
        <source>Scalable target %1: desired count between %2 and %3.</source>
        <translation>可扩展目标 %1：所需数量介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>Scalable target %1: desired count between %2 and %3; suspended: %4.</source>
        <translation>可扩展目标 %1：所需数量介于 %2 和 %3 之间；已暂停：%4。</translation>
    </message>
    <message>
        <source>%1 is not registered for auto scaling: Apply Capacity registers it with this range.</source>
        <translation>%1 未注册自动扩展：“应用容量”会使用此范围注册它。</translation>
    </message>
    <message numerus="yes">
        <source>%n policies, %1 alarms, %2 scheduled actions.</source>
        <translation>
            <numerusform>%n 个策略，%1 个警报，%2 个计划操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2; cooldowns out %3 s, in %4 s%5</source>
        <translation>%1 目标值 %2；冷却时间：横向扩展 %3 秒，横向缩减 %4 秒%5</translation>
    </message>
    <message>
        <source>; scale-in disabled</source>
        <translation>；已禁用横向缩减</translation>
    </message>
    <message>
        <source>%1, cooldown %2 s: %3</source>
        <translation>%1，冷却时间 %2 秒：%3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation>目标跟踪</translation>
    </message>
    <message>
        <source>Step scaling</source>
        <translation>分步扩展</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4, %5 of %6 × %7 s</source>
        <translation>%1 %2 %3 %4，%6 个 %7 秒周期中有 %5 个</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>指标数学</translation>
    </message>
    <message>
        <source>Setting the target of %1 to %2…</source>
        <translation>正在将 %1 的目标值设置为 %2…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The minimum capacity cannot be greater than the maximum.</source>
        <translation>最小容量不能大于最大容量。</translation>
    </message>
    <message>
        <source>Setting the capacity of %1 to %2-%3…</source>
        <translation>正在将 %1 的容量设置为 %2-%3…</translation>
    </message>
    <message>
        <source>Suspend scale-&amp;in</source>
        <translation>暂停横向缩减(&amp;I)</translation>
    </message>
    <message>
        <source>Suspend scale-&amp;out</source>
        <translation>暂停横向扩展(&amp;O)</translation>
    </message>
    <message>
        <source>Suspend sc&amp;heduled scaling</source>
        <translation>暂停计划扩展(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>新建策略(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Policy…</source>
        <translation>编辑策略(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Policy</source>
        <translation>删除策略(&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;Scheduled Action…</source>
        <translation>新建计划操作(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit Scheduled Actio&amp;n…</source>
        <translation>编辑计划操作(&amp;N)…</translation>
    </message>
    <message>
        <source>Delete Scheduled Action</source>
        <translation>删除计划操作</translation>
    </message>
    <message>
        <source>Double-click an alarm for its history.</source>
        <translation>双击警报以查看其历史记录。</translation>
    </message>
    <message>
        <source>Delete Scaling Policy</source>
        <translation>删除扩展策略</translation>
    </message>
    <message>
        <source>Delete the scaling policy %1 of %2? A target tracking policy&apos;s alarms go with it, and so do the alarms whose only action is this step scaling policy.</source>
        <translation>删除 %2 的扩展策略 %1？目标跟踪策略的警报会随之删除，仅以此分步扩展策略为操作的警报也会一并删除。</translation>
    </message>
    <message>
        <source>Delete the scheduled action %1 of %2?</source>
        <translation>删除 %2 的计划操作 %1？</translation>
    </message>
    <message>
        <source>Saving the target tracking policy %1…</source>
        <translation>正在保存目标跟踪策略 %1…</translation>
    </message>
    <message>
        <source>Saving the step scaling policy %1…</source>
        <translation>正在保存分步扩展策略 %1…</translation>
    </message>
    <message>
        <source>Saving the alarm %1 of %2…</source>
        <translation>正在保存 %2 的警报 %1…</translation>
    </message>
    <message>
        <source>Deleting the scaling policy %1…</source>
        <translation>正在删除扩展策略 %1…</translation>
    </message>
    <message>
        <source>Saving the scheduled action %1…</source>
        <translation>正在保存计划操作 %1…</translation>
    </message>
    <message>
        <source>Deleting the scheduled action %1…</source>
        <translation>正在删除计划操作 %1…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduleBuilderDialog</name>
    <message>
        <source>Edit Scheduled Task %1</source>
        <translation>编辑计划任务 %1</translation>
    </message>
    <message>
        <source>New Scheduled Task</source>
        <translation>新建计划任务</translation>
    </message>
    <message>
        <source>EventBridge Scheduler schedule</source>
        <translation>EventBridge Scheduler 计划</translation>
    </message>
    <message>
        <source>EventBridge rule</source>
        <translation>EventBridge 规则</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Schedule &amp;group:</source>
        <translation>计划组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Every day at...</source>
        <translation>每天于...</translation>
    </message>
    <message>
        <source>Monday to Friday at...</source>
        <translation>周一至周五于...</translation>
    </message>
    <message>
        <source>Once at...</source>
        <translation>仅一次，于...</translation>
    </message>
    <message>
        <source>Custom expression</source>
        <translation>自定义表达式</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>运行频率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Once at:</source>
        <translation>运行时间(&amp;O)：</translation>
    </message>
    <message>
        <source>at(2030-01-01T09:00:00), rate(10 minutes) or cron(0 9 ? * MON-FRI *)</source>
        <translation>at(2030-01-01T09:00:00)、rate(10 minutes) 或 cron(0 9 ? * MON-FRI *)</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>表达式(&amp;X)：</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>开始(&amp;M)：</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>结束(&amp;N)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Flexible window:</source>
        <translation>灵活时间窗口(&amp;F)：</translation>
    </message>
    <message>
        <source>De&amp;lete the schedule after its last run</source>
        <translation>最后一次运行后删除计划(&amp;L)</translation>
    </message>
    <message>
        <source>Task &amp;definition:</source>
        <translation>任务定义(&amp;D)：</translation>
    </message>
    <message>
        <source>Task cou&amp;nt:</source>
        <translation>任务数量(&amp;N)：</translation>
    </message>
    <message>
        <source>Cluster default</source>
        <translation>集群默认值</translation>
    </message>
    <message>
        <source>Capacity provider strategy</source>
        <translation>容量提供程序策略</translation>
    </message>
    <message>
        <source>&amp;Launch:</source>
        <translation>启动方式(&amp;L)：</translation>
    </message>
    <message>
        <source>FARGATE_SPOT:3, FARGATE:1:1 (name:weight:base)</source>
        <translation>FARGATE_SPOT:3, FARGATE:1:1（名称:权重:基数）</translation>
    </message>
    <message>
        <source>Ca&amp;pacity providers:</source>
        <translation>容量提供程序(&amp;P)：</translation>
    </message>
    <message>
        <source>subnet-..., subnet-... (awsvpc tasks)</source>
        <translation>subnet-..., subnet-...（awsvpc 任务）</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>子网(&amp;U)：</translation>
    </message>
    <message>
        <source>sg-...</source>
        <translation>sg-...</translation>
    </message>
    <message>
        <source>Securit&amp;y groups:</source>
        <translation>安全组(&amp;Y)：</translation>
    </message>
    <message>
        <source>Assign a public &amp;IP</source>
        <translation>分配公有 IP(&amp;I)</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>LATEST</translation>
    </message>
    <message>
        <source>Platform &amp;version:</source>
        <translation>平台版本(&amp;V)：</translation>
    </message>
    <message>
        <source>family:&lt;family&gt;</source>
        <translation>family:&lt;系列&gt;</translation>
    </message>
    <message>
        <source>Task &amp;group:</source>
        <translation>任务组(&amp;G)：</translation>
    </message>
    <message>
        <source>{&quot;containerOverrides&quot;: [{&quot;name&quot;: &quot;app&quot;, &quot;command&quot;: [&quot;report&quot;]}]}</source>
        <translation>{&quot;containerOverrides&quot;: [{&quot;name&quot;: &quot;app&quot;, &quot;command&quot;: [&quot;report&quot;]}]}</translation>
    </message>
    <message>
        <source>Container &amp;overrides (JSON):</source>
        <translation>容器覆盖（JSON）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Retry &amp;attempts:</source>
        <translation>重试次数(&amp;A)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Retry for at &amp;most:</source>
        <translation>最长重试时间(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>运行时间(&amp;W)</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>运行内容(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Next runs: (the expression is not valid)</source>
        <translation>后续运行时间：（表达式无效）</translation>
    </message>
    <message>
        <source>Next runs: none</source>
        <translation>后续运行时间：无</translation>
    </message>
    <message>
        <source>Next runs (%1): %2</source>
        <translation>后续运行时间（%1）：%2</translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>没有连接。</translation>
    </message>
    <message>
        <source>The rule was saved but its target was refused: %1: %2</source>
        <translation>规则已保存，但其目标被拒绝：%1：%2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledActionDialog</name>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Scheduled Action of %1</source>
        <translation>%1 的计划操作</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不更改</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation>计划(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Mi&amp;nimum capacity:</source>
        <translation>最小容量(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum capacity:</source>
        <translation>最大容量(&amp;X)：</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>后续运行时间：</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1（本地时间 %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTaskModel</name>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1，已启动 %2 个任务</translation>
    </message>
    <message>
        <source>%1, failed: %2</source>
        <translation>%1，失败：%2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 x%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>任务定义</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Schedule in group %1</source>
        <translation>计划组 %1 中的计划</translation>
    </message>
    <message>
        <source>EventBridge rule</source>
        <translation>EventBridge 规则</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;已禁用&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next runs: %1</source>
        <translation>后续运行时间：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>cluster default</source>
        <translation>集群默认值</translation>
    </message>
    <message>
        <source>capacity providers %1</source>
        <translation>容量提供程序 %1</translation>
    </message>
    <message>
        <source>Runs %1 x %2 (%3) in %4, started by %5</source>
        <translation>在 %4 中运行 %1 × %2（%3），启动者：%5</translation>
    </message>
    <message>
        <source>Network: subnets %1; security groups %2; public IP %3</source>
        <translation>网络：子网 %1；安全组 %2；公有 IP %3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Task group: %1</source>
        <translation>任务组：%1</translation>
    </message>
    <message>
        <source>Overrides: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>覆盖：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message numerus="yes">
        <source>flexible window %n minute(s)</source>
        <translation>
            <numerusform>灵活时间窗口 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>retries: %1 within %2 s</source>
        <translation>重试：%2 秒内最多 %1 次</translation>
    </message>
    <message>
        <source>No runs recorded.</source>
        <translation>没有运行记录。</translation>
    </message>
    <message numerus="yes">
        <source>Last %n run(s), %1 failed:</source>
        <translation>
            <numerusform>最近 %n 次运行，%1 次失败：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: started %2 (retry %3)</source>
        <translation>%1：已启动 %2（第 %3 次重试）</translation>
    </message>
    <message>
        <source>%1: started %2</source>
        <translation>%1：已启动 %2</translation>
    </message>
    <message>
        <source>%1: &lt;span style=&quot;color:#c0392b&quot;&gt;failed&lt;/span&gt;, %2: %3</source>
        <translation>%1：&lt;span style=&quot;color:#c0392b&quot;&gt;失败&lt;/span&gt;，%2：%3</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation>（第 %1 次重试）</translation>
    </message>
    <message>
        <source>; retried at %1</source>
        <translation>；将于 %1 重试</translation>
    </message>
    <message>
        <source>; no retry left</source>
        <translation>；已无剩余重试次数</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTaskPage</name>
    <message>
        <source>Sc&amp;heduled Tasks</source>
        <translation>计划任务(&amp;H)</translation>
    </message>
    <message>
        <source>Run Scheduled Task &amp;Now</source>
        <translation>立即运行计划任务(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>Could not load the scheduled tasks: %1</source>
        <translation>无法加载计划任务：%1</translation>
    </message>
    <message>
        <source>Started %1 now.</source>
        <translation>已立即启动 %1。</translation>
    </message>
    <message>
        <source>New Sc&amp;heduled Task...</source>
        <translation>新建计划任务(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Edit Scheduled Task...</source>
        <translation>编辑计划任务(&amp;E)...</translation>
    </message>
    <message>
        <source>Ena&amp;ble Scheduled Task</source>
        <translation>启用计划任务(&amp;B)</translation>
    </message>
    <message>
        <source>Disa&amp;ble Scheduled Task</source>
        <translation>禁用计划任务(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delete Scheduled Task...</source>
        <translation>删除计划任务(&amp;D)...</translation>
    </message>
    <message>
        <source>Scheduled task %1 saved.</source>
        <translation>计划任务 %1 已保存。</translation>
    </message>
    <message>
        <source>Scheduled task %1 enabled.</source>
        <translation>计划任务 %1 已启用。</translation>
    </message>
    <message>
        <source>Scheduled task %1 disabled.</source>
        <translation>计划任务 %1 已禁用。</translation>
    </message>
    <message>
        <source>Delete Scheduled Task</source>
        <translation>删除计划任务</translation>
    </message>
    <message>
        <source>Delete schedule %1? Its task stops running at %2.</source>
        <translation>删除计划 %1？其任务将不再按“%2”运行。</translation>
    </message>
    <message numerus="yes">
        <source>Delete rule %1 and its %n target(s)?</source>
        <translation>
            <numerusform>删除规则 %1 及其 %n 个目标？</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled task %1 deleted.</source>
        <translation>计划任务 %1 已删除。</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTasksView</name>
    <message>
        <source>Scheduled Tasks</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <source>Run the selected schedule&apos;s or rule&apos;s task now, as it would run it</source>
        <translation>立即运行所选计划或规则的任务，方式与其按计划运行时相同</translation>
    </message>
    <message>
        <source>Could not load the scheduled tasks: %1</source>
        <translation>无法加载计划任务：%1</translation>
    </message>
    <message>
        <source>Run Now of %1 failed: %2</source>
        <translation>立即运行 %1 失败：%2</translation>
    </message>
    <message>
        <source>Run Now of %1 placed no task: %2</source>
        <translation>立即运行 %1 未放置任何任务：%2</translation>
    </message>
    <message>
        <source>Run Now of %1 started %2</source>
        <translation>立即运行 %1 已启动 %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServiceEditorDialog</name>
    <message>
        <source>Deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>置放</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Load Balancing</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>New Service</source>
        <translation>新建服务</translation>
    </message>
    <message>
        <source>Edit Service %1</source>
        <translation>编辑服务 %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>&amp;What Will Change</source>
        <translation>将更改的内容(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Reset to &amp;Current</source>
        <translation>重置为当前值(&amp;C)</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>服务名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Sc&amp;heduling:</source>
        <translation>调度策略(&amp;H)：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Scheduling:</source>
        <translation>调度策略：</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>任务定义(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Desired count:</source>
        <translation>所需数量(&amp;D)：</translation>
    </message>
    <message>
        <source>M&amp;inimum healthy percent:</source>
        <translation>最小运行状况百分比(&amp;I)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum percent:</source>
        <translation>最大百分比(&amp;X)：</translation>
    </message>
    <message>
        <source>Deployment circuit &amp;breaker</source>
        <translation>部署断路器(&amp;B)</translation>
    </message>
    <message>
        <source>Roll back when the circuit breaker trips</source>
        <translation>断路器触发时回滚</translation>
    </message>
    <message>
        <source>CloudWatch &amp;alarms:</source>
        <translation>CloudWatch 警报(&amp;A)：</translation>
    </message>
    <message>
        <source>alarm names, separated by commas</source>
        <translation>警报名称，以逗号分隔</translation>
    </message>
    <message>
        <source>Watch the alarms during deployments</source>
        <translation>在部署期间监控警报</translation>
    </message>
    <message>
        <source>Roll back when an alarm goes off</source>
        <translation>警报触发时回滚</translation>
    </message>
    <message>
        <source>&amp;Force a new deployment</source>
        <translation>强制新部署(&amp;F)</translation>
    </message>
    <message>
        <source>For task definitions with the awsvpc network mode (Fargate).</source>
        <translation>适用于使用 awsvpc 网络模式的任务定义（Fargate）。</translation>
    </message>
    <message>
        <source>&amp;Subnets:</source>
        <translation>子网(&amp;S)：</translation>
    </message>
    <message>
        <source>subnet IDs, separated by commas</source>
        <translation>子网 ID，以逗号分隔</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>安全组(&amp;G)：</translation>
    </message>
    <message>
        <source>security group IDs, separated by commas</source>
        <translation>安全组 ID，以逗号分隔</translation>
    </message>
    <message>
        <source>Assign &amp;public IP:</source>
        <translation>分配公有 IP(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Constraints:</source>
        <translation>约束(&amp;C)：</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>a cluster query expression, for memberOf</source>
        <translation>集群查询表达式，用于 memberOf</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>策略(&amp;S)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>instanceId, attribute:ecs.availability-zone, cpu, memory...</source>
        <translation>instanceId, attribute:ecs.availability-zone, cpu, memory...</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>启动类型(&amp;L)：</translation>
    </message>
    <message>
        <source>Launch type:</source>
        <translation>启动类型：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Platform version:</source>
        <translation>平台版本(&amp;P)：</translation>
    </message>
    <message>
        <source>LATEST (Fargate only)</source>
        <translation>LATEST（仅限 Fargate）</translation>
    </message>
    <message>
        <source>&amp;Load balancers:</source>
        <translation>负载均衡器(&amp;L)：</translation>
    </message>
    <message>
        <source>Target group ARN</source>
        <translation>目标组 ARN</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Health check &amp;grace period (s):</source>
        <translation>运行状况检查宽限期（秒）(&amp;G)：</translation>
    </message>
    <message>
        <source>Service &amp;registries:</source>
        <translation>服务注册表(&amp;R)：</translation>
    </message>
    <message>
        <source>Registry ARN</source>
        <translation>注册表 ARN</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>容器端口</translation>
    </message>
    <message>
        <source>Enable &amp;ECS Exec (execute command)</source>
        <translation>启用 ECS Exec（执行命令）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Propagate tags from:</source>
        <translation>传播标签自(&amp;P)：</translation>
    </message>
    <message>
        <source>Amazon ECS &amp;managed tags</source>
        <translation>Amazon ECS 托管标签(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Availability Zone rebalancing:</source>
        <translation>可用区重新平衡(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct</source>
        <translation>
            <numerusform>%n 个问题需要更正</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 input, as it will be sent:</source>
        <translation>将发送的 %1 输入：</translation>
    </message>
    <message>
        <source>(new service)</source>
        <translation>（新服务）</translation>
    </message>
    <message>
        <source>Current service</source>
        <translation>当前服务</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新服务</translation>
    </message>
    <message>
        <source>After Apply</source>
        <translation>应用后</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>请先更正标记的字段。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有要更改的内容。</translation>
    </message>
    <message>
        <source>Not connected: %1 was not sent.</source>
        <translation>未连接：%1 未发送。</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>正在发送 %1…</translation>
    </message>
    <message>
        <source>Deployment c&amp;ontroller:</source>
        <translation>部署控制器(&amp;O)：</translation>
    </message>
    <message>
        <source>Classic load balancer</source>
        <translation>Classic 负载均衡器</translation>
    </message>
    <message>
        <source>a Classic Load Balancer&apos;s name</source>
        <translation>Classic Load Balancer 的名称</translation>
    </message>
    <message>
        <source>Load balancer r&amp;ole:</source>
        <translation>负载均衡器角色(&amp;O)：</translation>
    </message>
    <message>
        <source>an IAM role for a Classic Load Balancer</source>
        <translation>用于 Classic Load Balancer 的 IAM 角色</translation>
    </message>
    <message>
        <source>Service &amp;Connect (JSON):</source>
        <translation>Service Connect（JSON）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Volumes (JSON):</source>
        <translation>卷（JSON）(&amp;V)：</translation>
    </message>
    <message>
        <source>VPC &amp;Lattice (JSON):</source>
        <translation>VPC Lattice（JSON）(&amp;L)：</translation>
    </message>
    <message>
        <source>Capacity provider strategy:</source>
        <translation>容量提供程序策略：</translation>
    </message>
    <message>
        <source>Attach &amp;Target Group…</source>
        <translation>附加目标组(&amp;T)…</translation>
    </message>
    <message>
        <source>Choose a target group and a container port of the task definition</source>
        <translation>选择一个目标组和任务定义的一个容器端口</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServiceListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServicePage</name>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;Service…</source>
        <translation>新建服务(&amp;S)…</translation>
    </message>
    <message>
        <source>Set &amp;Desired Count…</source>
        <translation>设置所需数量(&amp;D)…</translation>
    </message>
    <message>
        <source>Update to &amp;Revision…</source>
        <translation>更新到修订(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Force New Deployment</source>
        <translation>强制新部署(&amp;F)</translation>
    </message>
    <message>
        <source>De&amp;lete Service…</source>
        <translation>删除服务(&amp;L)…</translation>
    </message>
    <message>
        <source>Show &amp;Tasks</source>
        <translation>显示任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>Loading the cluster failed: %1</source>
        <translation>加载集群失败：%1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>Service %1 created.</source>
        <translation>服务 %1 已创建。</translation>
    </message>
    <message>
        <source>Desired count of %1 set to %2.</source>
        <translation>%1 的所需数量已设置为 %2。</translation>
    </message>
    <message>
        <source>Update to Revision</source>
        <translation>更新到修订</translation>
    </message>
    <message>
        <source>Task definition for %1 (family:revision):</source>
        <translation>%1 的任务定义（系列:修订）：</translation>
    </message>
    <message>
        <source>%1 is deploying %2.</source>
        <translation>%1 正在部署 %2。</translation>
    </message>
    <message>
        <source>A new deployment of %1 started.</source>
        <translation>%1 的新部署已开始。</translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation>删除服务</translation>
    </message>
    <message numerus="yes">
        <source>Delete service %1 and stop its %n task(s)?</source>
        <translation>
            <numerusform>删除服务 %1 并停止其 %n 个任务？</numerusform>
        </translation>
    </message>
    <message>
        <source>Service %1 deleted.</source>
        <translation>服务 %1 已删除。</translation>
    </message>
    <message>
        <source>&amp;Edit Service…</source>
        <translation>编辑服务(&amp;E)…</translation>
    </message>
    <message>
        <source>Roll &amp;Back…</source>
        <translation>回滚(&amp;B)…</translation>
    </message>
    <message>
        <source>Service %1 updated.</source>
        <translation>服务 %1 已更新。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::SessionController</name>
    <message>
        <source>Listing the task definitions failed: %1</source>
        <translation>列出任务定义失败：%1</translation>
    </message>
    <message>
        <source>Loading tasks… %1 of %2</source>
        <translation>正在加载任务… %1 / %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::SsoLoginDialog</name>
    <message>
        <source>Sign In — Profile %1</source>
        <translation>登录 — 配置文件 %1</translation>
    </message>
    <message>
        <source>The AWS CLI could not be started (%1). Install AWS CLI v2 and run &quot;aws sso login --profile %2&quot; in a terminal.</source>
        <translation>无法启动 AWS CLI（%1）。请安装 AWS CLI v2，并在终端中运行“aws sso login --profile %2”。</translation>
    </message>
    <message>
        <source>Running &quot;%1 %2&quot;: finish the sign-in in your browser.</source>
        <translation>正在运行“%1 %2”：请在浏览器中完成登录。</translation>
    </message>
    <message>
        <source>Signed in. Reconnecting profile %1…</source>
        <translation>已登录。正在重新连接配置文件 %1…</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 was interrupted.</source>
        <translation>配置文件 %1 的登录已中断。</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 failed (exit code %2).</source>
        <translation>配置文件 %1 登录失败（退出代码 %2）。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::StopTaskDialog</name>
    <message>
        <source>Stop Tasks</source>
        <translation>停止任务</translation>
    </message>
    <message>
        <source>Stopped from ECS Desk</source>
        <translation>已从 ECS Desk 停止</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n task(s)? Their containers are sent SIGTERM, then SIGKILL.</source>
        <translation>
            <numerusform>停止 %n 个任务？其容器将先收到 SIGTERM，然后收到 SIGKILL。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>The reason is %n character(s) long; ECS keeps at most 255.</source>
        <translation>
            <numerusform>原因长度为 %n 个字符；ECS 最多保留 255 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::StrategyEditor</name>
    <message>
        <source>No strategy: tasks without one use the launch type.</source>
        <translation>无策略：没有策略的任务使用启动类型。</translation>
    </message>
    <message>
        <source>A&amp;dd Provider</source>
        <translation>添加提供程序(&amp;D)</translation>
    </message>
    <message>
        <source>Capacity provider</source>
        <translation>容量提供程序</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>base </source>
        <translation>基数 </translation>
    </message>
    <message>
        <source>The tasks this provider runs first, before the weights share the rest.</source>
        <translation>此提供程序首先运行的任务数，其余任务再按权重分配。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>权重 </translation>
    </message>
    <message>
        <source>The provider&apos;s share of the tasks beyond the base, relative to the other weights.</source>
        <translation>超出基数的任务中此提供程序所占的份额，相对于其他权重而言。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>移除提供程序</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TargetGroupPicker</name>
    <message>
        <source>Loading the target groups…</source>
        <translation>正在加载目标组…</translation>
    </message>
    <message>
        <source>Attach Target Group</source>
        <translation>附加目标组</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Protocol and port</source>
        <translation>协议和端口</translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>Container and port</source>
        <translation>容器和端口</translation>
    </message>
    <message>
        <source>&amp;Container and port:</source>
        <translation>容器和端口(&amp;C)：</translation>
    </message>
    <message>
        <source>Reading the target groups failed: %1</source>
        <translation>读取目标组失败：%1</translation>
    </message>
    <message>
        <source>(none: no traffic reaches it)</source>
        <translation>（无：没有流量到达此目标组）</translation>
    </message>
    <message>
        <source>Choose the task definition first</source>
        <translation>请先选择任务定义</translation>
    </message>
    <message>
        <source>Reading the task definition failed: %1</source>
        <translation>读取任务定义失败：%1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No container of %1 maps a port</source>
        <translation>%1 中没有映射端口的容器</translation>
    </message>
    <message>
        <source>There is no target group in this region: create one with its load balancer first.</source>
        <translation>此区域中没有目标组：请先随其负载均衡器创建一个目标组。</translation>
    </message>
    <message>
        <source>Choose the target group the service&apos;s tasks register with, and their container port.</source>
        <translation>选择服务的任务要注册到的目标组及其容器端口。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskDefinitionEditor</name>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import task definition</source>
        <translation>导入任务定义</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export task definition</source>
        <translation>导出任务定义</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Compare with source</source>
        <translation>与源定义比较</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>比较修订…</translation>
    </message>
    <message>
        <source>Compare revisions</source>
        <translation>比较修订</translation>
    </message>
    <message>
        <source>Before (family:revision or ARN):</source>
        <translation>之前（系列:修订或 ARN）：</translation>
    </message>
    <message>
        <source>After (family:revision or ARN):</source>
        <translation>之后（系列:修订或 ARN）：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Register and deploy</source>
        <translation>注册并部署</translation>
    </message>
    <message>
        <source> Cluster: </source>
        <translation> 集群：</translation>
    </message>
    <message>
        <source> Service: </source>
        <translation> 服务：</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
        <translation>容器</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排视图</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>统一视图</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Launch types</source>
        <translation>启动类型</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>网络模式</translation>
    </message>
    <message>
        <source>Task CPU (units)</source>
        <translation>任务 CPU（单位）</translation>
    </message>
    <message>
        <source>Task memory (MiB)</source>
        <translation>任务内存（MiB）</translation>
    </message>
    <message>
        <source>Task role ARN</source>
        <translation>任务角色 ARN</translation>
    </message>
    <message>
        <source>Execution role ARN</source>
        <translation>执行角色 ARN</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>CPU architecture</source>
        <translation>CPU 架构</translation>
    </message>
    <message>
        <source>Ephemeral storage (GiB)</source>
        <translation>临时存储（GiB）</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>主机路径</translation>
    </message>
    <message>
        <source>EFS file system</source>
        <translation>EFS 文件系统</translation>
    </message>
    <message>
        <source>EFS root</source>
        <translation>EFS 根目录</translation>
    </message>
    <message>
        <source>EFS encryption</source>
        <translation>EFS 加密</translation>
    </message>
    <message>
        <source>Docker scope</source>
        <translation>Docker 作用域</translation>
    </message>
    <message>
        <source>Docker driver</source>
        <translation>Docker 驱动程序</translation>
    </message>
    <message>
        <source>Autoprovision</source>
        <translation>自动预置</translation>
    </message>
    <message>
        <source>Placement constraints</source>
        <translation>置放约束</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>Proxy container</source>
        <translation>代理容器</translation>
    </message>
    <message>
        <source>Proxy properties</source>
        <translation>代理属性</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Stop the task when this container stops</source>
        <translation>此容器停止时停止任务</translation>
    </message>
    <message>
        <source>CPU (units)</source>
        <translation>CPU（单位）</translation>
    </message>
    <message>
        <source>Memory hard limit (MiB)</source>
        <translation>内存硬限制（MiB）</translation>
    </message>
    <message>
        <source>Memory reservation (MiB)</source>
        <translation>内存预留（MiB）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>入口点</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Docker labels</source>
        <translation>Docker 标签</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>容器端口</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>主机端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>App protocol</source>
        <translation>应用程序协议</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Value from (ARN)</source>
        <translation>值来源（ARN）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>环境文件</translation>
    </message>
    <message>
        <source>S3 object ARN</source>
        <translation>S3 对象 ARN</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Mount points</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>容器路径</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Volumes from</source>
        <translation>来自容器的卷</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>日志记录</translation>
    </message>
    <message>
        <source>Log driver</source>
        <translation>日志驱动程序</translation>
    </message>
    <message>
        <source>Use awslogs with defaults</source>
        <translation>使用 awslogs 默认设置</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>日志组</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Stream prefix</source>
        <translation>流前缀</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>创建日志组</translation>
    </message>
    <message>
        <source>FireLens router</source>
        <translation>FireLens 路由器</translation>
    </message>
    <message>
        <source>FireLens options</source>
        <translation>FireLens 选项</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>运行状况检查</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>间隔（秒）</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Start period (s)</source>
        <translation>启动宽限期（秒）</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>Ulimit</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>软限制</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>硬限制</translation>
    </message>
    <message>
        <source>Add capabilities</source>
        <translation>添加功能</translation>
    </message>
    <message>
        <source>Drop capabilities</source>
        <translation>删除功能</translation>
    </message>
    <message>
        <source>Init process</source>
        <translation>init 进程</translation>
    </message>
    <message>
        <source>Run an init process (reaps zombies)</source>
        <translation>运行 init 进程（回收僵尸进程）</translation>
    </message>
    <message>
        <source>Use awslogs</source>
        <translation>使用 awslogs</translation>
    </message>
    <message>
        <source>Parts of this definition have the wrong shape; see the problems list.</source>
        <translation>此定义的部分内容结构有误；请查看问题列表。</translation>
    </message>
    <message>
        <source>The JSON has an error (the form shows the last valid state and is locked until the JSON is fixed): %1</source>
        <translation>JSON 有错误（表单显示最后一个有效状态，并在 JSON 修复前保持锁定）：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>(definition)</source>
        <translation>（定义）</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block registering</source>
        <translation>
            <numerusform>%n 个错误导致无法注册</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: registering needs a connection.</source>
        <translation>未连接：注册需要连接。</translation>
    </message>
    <message>
        <source>Fix the errors in the problems list before registering.</source>
        <translation>请先修复问题列表中的错误，然后再注册。</translation>
    </message>
    <message>
        <source>Choose the cluster and service to deploy to.</source>
        <translation>请选择要部署到的集群和服务。</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Registering failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
    <message>
        <source>Registering failed</source>
        <translation>注册失败</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>已注册 %1</translation>
    </message>
    <message>
        <source>Registered %1; updating %2…</source>
        <translation>已注册 %1；正在更新 %2…</translation>
    </message>
    <message>
        <source>Deploying to %1 failed: %2</source>
        <translation>部署到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Deploy failed</source>
        <translation>部署失败</translation>
    </message>
    <message>
        <source>Deployment %1 started on %2 (%3)</source>
        <translation>部署 %1 已在 %2 上开始（%3）</translation>
    </message>
    <message>
        <source>(opened)</source>
        <translation>（已打开）</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Comparing failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Recover task definition</source>
        <translation>恢复任务定义</translation>
    </message>
    <message>
        <source>A task definition you were editing was not saved (%1). Restore it?</source>
        <translation>您正在编辑的任务定义未保存（%1）。要恢复吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The task definition %1 has changes that are neither registered nor exported.</source>
        <translation>任务定义 %1 有既未注册也未导出的更改。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — Task definition editor</source>
        <translation>%1[*] — 任务定义编辑器</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The cluster of the service to deploy to</source>
        <translation>要部署到的服务所在的集群</translation>
    </message>
    <message>
        <source>Move container up</source>
        <translation>上移容器</translation>
    </message>
    <message>
        <source>Move container down</source>
        <translation>下移容器</translation>
    </message>
    <message>
        <source>Cluster to deploy to</source>
        <translation>要部署到的集群</translation>
    </message>
    <message>
        <source>Service to deploy to</source>
        <translation>要部署到的服务</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Differences side by side</source>
        <translation>并排显示差异</translation>
    </message>
    <message>
        <source>Differences as unified text</source>
        <translation>统一文本格式的差异</translation>
    </message>
    <message>
        <source>Port mappings</source>
        <translation>端口映射</translation>
    </message>
    <message>
        <source>Still registering the previous revision.</source>
        <translation>仍在注册上一个修订版。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskDefinitionPage</name>
    <message>
        <source>Show inactive revisions</source>
        <translation>显示非活动修订版</translation>
    </message>
    <message>
        <source>Also list the deregistered (INACTIVE) revisions of the families</source>
        <translation>同时列出各系列中已注销（INACTIVE）的修订版</translation>
    </message>
    <message>
        <source>Task &amp;Definitions</source>
        <translation>任务定义(&amp;D)</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>New &amp;Task Definition…</source>
        <translation>新建任务定义(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Edit as New Revision…</source>
        <translation>编辑为新修订(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;register Revision…</source>
        <translation>取消注册修订(&amp;R)…</translation>
    </message>
    <message>
        <source>Listing the revisions failed: %1</source>
        <translation>列出修订版失败：%1</translation>
    </message>
    <message>
        <source>Deregister Task Definition</source>
        <translation>取消注册任务定义</translation>
    </message>
    <message>
        <source>Deregister %1? Running tasks keep running; no new task or service can use it.</source>
        <translation>取消注册 %1？正在运行的任务会继续运行；新任务或服务将无法再使用它。</translation>
    </message>
    <message>
        <source>%1 deregistered.</source>
        <translation>%1 已取消注册。</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskPage</name>
    <message>
        <source>Only failed/stopped</source>
        <translation>仅失败/已停止</translation>
    </message>
    <message>
        <source>Show stopped tasks only, grouped by their stopped reason</source>
        <translation>仅显示已停止的任务，按停止原因分组</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Run Task…</source>
        <translation>运行任务(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;top Task…</source>
        <translation>停止任务(&amp;T)…</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>复制地址(&amp;A)</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>Task %1 (%2)</source>
        <translation>任务 %1（%2）</translation>
    </message>
    <message>
        <source>Task started.</source>
        <translation>任务已启动。</translation>
    </message>
    <message>
        <source>Task %1 is stopping.</source>
        <translation>任务 %1 正在停止。</translation>
    </message>
    <message>
        <source>Open &amp;Shell…</source>
        <translation>打开 Shell(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Forward a Port…</source>
        <translation>转发端口(&amp;F)…</translation>
    </message>
    <message>
        <source>Port For&amp;wards…</source>
        <translation>端口转发(&amp;W)…</translation>
    </message>
    <message>
        <source>Container %1 has no runtime id yet: wait until it runs.</source>
        <translation>容器 %1 尚无运行时 ID：请等待其运行。</translation>
    </message>
    <message>
        <source>Forwarding localhost:%1 to %2:%3 (Task &gt; Port Forwards… lists and stops it).</source>
        <translation>正在将 localhost:%1 转发到 %2:%3（可在“任务 &gt; 端口转发…”中查看和停止）。</translation>
    </message>
    <message>
        <source>Port Forwards…</source>
        <translation>端口转发…</translation>
    </message>
    <message>
        <source>The connection&apos;s keys could not be read: %1</source>
        <translation>无法读取该连接的密钥：%1</translation>
    </message>
    <message>
        <source>Reading the target health of the load balancers failed: %1</source>
        <translation>读取负载均衡器的目标运行状况失败：%1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::WindowStatus</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>%1 秒前更新</translation>
    </message>
</context>
<context>
    <name>ElbV2Client</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>无法理解 %1 的响应。</translation>
    </message>
</context>
<context>
    <name>ExecLauncher</name>
    <message>
        <source>The AWS CLI (aws) is not on PATH.</source>
        <translation>AWS CLI（aws）不在 PATH 中。</translation>
    </message>
    <message>
        <source>No terminal emulator found: set $TERMINAL or choose one in Preferences.</source>
        <translation>未找到终端模拟器：请设置 $TERMINAL 或在“首选项”中选择一个。</translation>
    </message>
    <message>
        <source>The terminal %1 was not found.</source>
        <translation>未找到终端 %1。</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>无法启动 %1。</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keys are stored in the keychain for this connection.</source>
        <translation>钥匙串中没有为此连接存储密钥。</translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>钥匙串拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The keychain store is gone.</source>
        <translation>钥匙串存储已不存在。</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>钥匙串条目 %1</translation>
    </message>
    <message>
        <source>The keychain entry for this connection is damaged.</source>
        <translation>此连接的钥匙串条目已损坏。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Container %1 has no log configuration: its output is not sent to CloudWatch Logs.</source>
        <translation>容器 %1 没有日志配置：其输出不会发送到 CloudWatch Logs。</translation>
    </message>
    <message>
        <source>Container %1 sends its logs through FireLens (awsfirelens) to %2, not to a CloudWatch Logs stream ECS Desk can name.</source>
        <translation>容器 %1 通过 FireLens（awsfirelens）将日志发送到 %2，而不是发送到 ECS Desk 能够确定名称的 CloudWatch Logs 日志流。</translation>
    </message>
    <message>
        <source>a destination set in the router&apos;s configuration</source>
        <translation>日志路由器配置中设置的目标</translation>
    </message>
    <message>
        <source>Container %1 uses the %2 log driver: its logs are not in CloudWatch Logs.</source>
        <translation>容器 %1 使用 %2 日志驱动程序：其日志不在 CloudWatch Logs 中。</translation>
    </message>
    <message>
        <source>Container %1 uses awslogs without an awslogs-group.</source>
        <translation>容器 %1 使用 awslogs，但未设置 awslogs-group。</translation>
    </message>
    <message>
        <source>Container %1 uses awslogs without awslogs-stream-prefix, so its stream is named by the container&apos;s Docker id, which ECS does not report.</source>
        <translation>容器 %1 使用 awslogs，但未设置 awslogs-stream-prefix，因此其日志流以容器的 Docker ID 命名，而 ECS 不会报告该 ID。</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>Print, follow or search a task&apos;s or service&apos;s container logs</source>
        <translation>打印、跟踪或搜索任务或服务的容器日志</translation>
    </message>
    <message>
        <source>Print the CloudWatch Logs of a task&apos;s or a service&apos;s containers (awslogs), follow them, or search them with a filter pattern.</source>
        <translation>打印任务或服务中各容器的 CloudWatch Logs 日志（awslogs），持续跟踪，或使用筛选模式进行搜索。</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>集群名称或 ARN（必需）。</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Service: its running tasks.</source>
        <translation>服务：使用其正在运行的任务。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Task id or ARN; repeat for several.</source>
        <translation>任务 ID 或 ARN；可重复指定多个。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Keep printing new events (Ctrl+C stops).</source>
        <translation>持续打印新事件（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>CloudWatch Logs filter pattern (FilterLogEvents).</source>
        <translation>CloudWatch Logs 筛选模式（FilterLogEvents）。</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>With --filter: only events this recent (1h, 2d ...).</source>
        <translation>与 --filter 一起使用：仅限此时长内的事件（1h、2d ...）。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Newest events per stream without --filter (default 100).</source>
        <translation>不带 --filter 时，每个日志流的最新事件数（默认 100）。</translation>
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
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>必须指定 --cluster</translation>
    </message>
    <message>
        <source>give either --service or --task</source>
        <translation>请指定 --service 或 --task 之一</translation>
    </message>
    <message>
        <source>--follow and --filter cannot be combined</source>
        <translation>--follow 和 --filter 不能同时使用</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000</source>
        <translation>--limit 需要 1 到 10000 之间的数字</translation>
    </message>
    <message>
        <source>--since &apos;%1&apos; is not a duration like 30m, 1h or 2d</source>
        <translation>--since“%1”不是有效的时长（例如 30m、1h 或 2d）</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: no container of these tasks writes to CloudWatch Logs (awslogs)</source>
        <translation>ecsdesk-cli logs: 这些任务中没有容器将日志写入 CloudWatch Logs（awslogs）</translation>
    </message>
    <message>
        <source>note: more than %1 matches; showing the first</source>
        <translation>注意：匹配项超过 %1 个；仅显示前 %1 个</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: %1: %2</source>
        <translation>ecsdesk-cli logs: %1: %2</translation>
    </message>
    <message>
        <source>note: no log stream %1 in log group %2 yet</source>
        <translation>注意：日志组 %2 中尚无日志流 %1</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: none of these log streams exists yet (nothing logged so far)</source>
        <translation>ecsdesk-cli logs: 这些日志流都尚不存在（目前尚未记录任何日志）</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Print cluster, service or task metrics as CSV or JSON</source>
        <translation>以 CSV 或 JSON 格式打印集群、服务或任务的指标</translation>
    </message>
    <message>
        <source>Print CPU or memory utilization of an ECS cluster, its services or a task as CSV or JSON.</source>
        <translation>以 CSV 或 JSON 格式打印 ECS 集群、其服务或某个任务的 CPU 或内存利用率。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>集群名称（必需）。</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Service name; repeat to overlay several. Default: the cluster.</source>
        <translation>服务名称；可重复指定以叠加多个服务。默认：整个集群。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Task id: Container Insights metrics of one task.</source>
        <translation>任务 ID：单个任务的 Container Insights 指标。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CPUUtilization (default) or MemoryUtilization.</source>
        <translation>CPUUtilization（默认）或 MemoryUtilization。</translation>
    </message>
    <message>
        <source>How far back from now: 1h (default), 3h, 12h, 1d, 3d, 1w, 90m ...</source>
        <translation>从现在往前的时长：1h（默认）、3h、12h、1d、3d、1w、90m ...</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Start time (ISO 8601), instead of --range.</source>
        <translation>开始时间（ISO 8601），代替 --range。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>End time (ISO 8601; default now).</source>
        <translation>结束时间（ISO 8601；默认为现在）。</translation>
    </message>
    <message>
        <source>Seconds per datapoint, a multiple of 60, or auto (default: the smallest within the API limit).</source>
        <translation>每个数据点的秒数，为 60 的倍数，或 auto（默认：API 限制内的最小值）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Average (default), Minimum, Maximum, Sum, SampleCount, p90 ...</source>
        <translation>Average（默认）、Minimum、Maximum、Sum、SampleCount、p90 ...</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>输出格式：csv（默认）或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>ecsdesk-cli metrics: %1</source>
        <translation>ecsdesk-cli metrics: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>必须指定 --cluster</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;</source>
        <translation>--format 必须是 csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--metric must be CPUUtilization or MemoryUtilization, not &apos;%1&apos;</source>
        <translation>--metric 必须是 CPUUtilization 或 MemoryUtilization，而不是“%1”</translation>
    </message>
    <message>
        <source>--end &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>--end“%1”不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>--start &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>--start“%1”不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>--range &apos;%1&apos; is not a duration like 1h, 3d or 1w</source>
        <translation>--range“%1”不是有效的时长（例如 1h、3d 或 1w）</translation>
    </message>
    <message>
        <source>the start must be before the end</source>
        <translation>开始时间必须早于结束时间</translation>
    </message>
    <message>
        <source>--period must be auto or a positive multiple of 60, not &apos;%1&apos;</source>
        <translation>--period 必须是 auto 或 60 的正整数倍，而不是“%1”</translation>
    </message>
    <message>
        <source>--period %1 over this range asks for %2 datapoints; GetMetricData allows %3</source>
        <translation>在此时间范围内，--period %1 需要 %2 个数据点；GetMetricData 最多允许 %3 个</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>无法写入 stdout</translation>
    </message>
</context>
<context>
    <name>MetricsPane</name>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 小时</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 周</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>OverviewCommand</name>
    <message>
        <source>What needs attention in every profile, region and cluster</source>
        <translation>每个配置文件、区域和集群中需要关注的问题</translation>
    </message>
    <message>
        <source>What needs attention in every cluster of every profile and region: services below their desired count, failed or rolled-back deployments, tasks stopped in the last hour by reason, pending and provisioning tasks, capacity and alarms in ALARM.</source>
        <translation>每个配置文件和区域的每个集群中需要关注的问题：低于所需数量的服务、失败或已回滚的部署、过去一小时内停止的任务（按原因分组）、待处理和预置中的任务、容量以及处于 ALARM 状态的警报。</translation>
    </message>
    <message>
        <source>AWS profile; repeat for several. Default: the default profile.</source>
        <translation>AWS 配置文件；可重复指定多个。默认：默认配置文件。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>AWS region; repeat for several. Default: the profile&apos;s region.</source>
        <translation>AWS 区域；可重复指定多个。默认：配置文件中的区域。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Send every call to this endpoint (moto, local endpoint).</source>
        <translation>将每个调用发送到此端点（moto、本地端点）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>输出格式：table（默认）、json 或 csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Only the clusters where something needs attention.</source>
        <translation>仅显示有问题需要关注的集群。</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: %1</source>
        <translation>ecsdesk-cli overview: %1</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &apos;%1&apos;</source>
        <translation>--format 必须是 table、json 或 csv，而不是“%1”</translation>
    </message>
    <message>
        <source>--endpoint-url &apos;%1&apos; is not a URL</source>
        <translation>--endpoint-url &apos;%1&apos; 不是 URL</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: %1 %2: %3</source>
        <translation>ecsdesk-cli overview: %1 %2：%3</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: %1 %2 %3: %4</source>
        <translation>ecsdesk-cli overview: %1 %2 %3：%4</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: cannot write to stdout</source>
        <translation>ecsdesk-cli overview: 无法写入 stdout</translation>
    </message>
</context>
<context>
    <name>PageTokens</name>
    <message>
        <source>The server returned the same page token twice for %1; stopped listing instead of looping forever.</source>
        <translation>服务器为 %1 两次返回相同的分页令牌；已停止列出，以免无限循环。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Spread across zones</source>
        <translation>跨可用区分布（spread）</translation>
    </message>
    <message>
        <source>Binpack on memory</source>
        <translation>按内存装箱（binpack）</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>ScalingCommand</name>
    <message>
        <source>Print a service&apos;s scaling target, policies, alarms and activities</source>
        <translation>打印服务的可扩展目标、扩展策略、警报和扩展活动</translation>
    </message>
    <message>
        <source>ecsdesk-cli scaling: %1</source>
        <translation>ecsdesk-cli scaling: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 for %5 of %6 x %7 s</source>
        <translation>%1 %2 %3 %4，%6 个 %7 秒周期中有 %5 个</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>指标数学</translation>
    </message>
    <message>
        <source>%1 is not registered as a scalable target.</source>
        <translation>%1 未注册为可扩展目标。</translation>
    </message>
    <message>
        <source>scale-in</source>
        <translation>横向缩减</translation>
    </message>
    <message>
        <source>scale-out</source>
        <translation>横向扩展</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>计划扩展</translation>
    </message>
    <message>
        <source>Scalable target %1 (%2): min %3, max %4; suspended: %5</source>
        <translation>可扩展目标 %1（%2）：最小 %3，最大 %4；已暂停：%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>扩展策略（%1）</translation>
    </message>
    <message>
        <source>%1: target tracking, %2 at %3; cooldowns out %4 s, in %5 s%6</source>
        <translation>%1：目标跟踪，%2 目标值 %3；冷却时间：横向扩展 %4 秒，横向缩减 %5 秒%6</translation>
    </message>
    <message>
        <source>; scale-in disabled</source>
        <translation>；已禁用横向缩减</translation>
    </message>
    <message>
        <source>%1: step scaling, %2, cooldown %3 s, steps %4</source>
        <translation>%1：分步扩展，%2，冷却时间 %3 秒，步骤 %4</translation>
    </message>
    <message>
        <source>alarm %1 (%2)</source>
        <translation>警报 %1（%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>警报（%1）</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1，自 %2 起：%3</translation>
    </message>
    <message>
        <source>; actions disabled</source>
        <translation>；已禁用警报操作</translation>
    </message>
    <message>
        <source>Scheduled actions (%1)</source>
        <translation>计划操作（%1）</translation>
    </message>
    <message>
        <source>%1: %2%3, min %4, max %5</source>
        <translation>%1：%2%3，最小 %4，最大 %5</translation>
    </message>
    <message>
        <source>Recent activities (%1, newest first)</source>
        <translation>最近的扩展活动（%1，最新的在前）</translation>
    </message>
    <message>
        <source>Print a service&apos;s auto scaling: the scalable target, its policies, the CloudWatch alarms behind them, scheduled actions and recent activities.</source>
        <translation>打印服务的自动扩展设置：可扩展目标、其扩展策略、策略所用的 CloudWatch 警报、计划操作和最近的扩展活动。</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>集群名称（必需）。</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Service name (required).</source>
        <translation>服务名称（必需）。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>How many recent scaling activities to show (default 10).</source>
        <translation>要显示的最近扩展活动数量（默认 10）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--cluster and --service are required</source>
        <translation>必须指定 --cluster 和 --service</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format 必须是 text 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>--activities must be a number, not &apos;%1&apos;</source>
        <translation>--activities 必须是数字，而不是“%1”</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>无法写入 stdout</translation>
    </message>
</context>
<context>
    <name>SchedulesCommand</name>
    <message>
        <source>List the schedules and rules that run tasks in a cluster</source>
        <translation>列出在集群中运行任务的计划和规则</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>集群名称或 ARN（必需）。</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>输出格式：table（默认）、json 或 csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>How many next run times to show (default 3).</source>
        <translation>要显示的后续运行时间个数（默认 3）。</translation>
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
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>必须指定 --cluster</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &apos;%1&apos;</source>
        <translation>--format 必须是 table、json 或 csv，而不是“%1”</translation>
    </message>
    <message>
        <source>--next takes a number from 0 to 100</source>
        <translation>--next 需要 0 到 100 之间的数字</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>EXPRESSION</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TASK DEFINITION</source>
        <translation>任务定义</translation>
    </message>
    <message>
        <source>NEXT RUN (UTC)</source>
        <translation>下次运行（UTC）</translation>
    </message>
    <message>
        <source>LAST RUN (UTC)</source>
        <translation>上次运行（UTC）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No schedule or rule runs a task in this cluster.</source>
        <translation>此集群中没有运行任务的计划或规则。</translation>
    </message>
    <message>
        <source>List the EventBridge Scheduler schedules and EventBridge rules that run task definitions in a cluster: expression, next runs, task definition, state and last run.</source>
        <translation>列出在集群中运行任务定义的 EventBridge Scheduler 计划和 EventBridge 规则：表达式、后续运行时间、任务定义、状态和上次运行。</translation>
    </message>
    <message>
        <source>ecsdesk-cli schedules: cannot write to stdout</source>
        <translation>ecsdesk-cli schedules: 无法写入 stdout</translation>
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
        <translation>%1 没有服务部署。</translation>
    </message>
    <message>
        <source>revision %1, trigger %2</source>
        <translation>修订 %1，触发源 %2</translation>
    </message>
    <message>
        <source>created %1, started %2, finished %3</source>
        <translation>创建于 %1，开始于 %2，完成于 %3</translation>
    </message>
    <message>
        <source>tasks: %1 running, %2 pending of %3 requested</source>
        <translation>任务：请求 %3 个，%1 个运行中，%2 个待处理</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>回滚：%1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--cluster and --service are required</source>
        <translation>必须指定 --cluster 和 --service</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>集群名称或 ARN（必需）。</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Service name or ARN (required).</source>
        <translation>服务名称或 ARN（必需）。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Print a service&apos;s deployments, newest first: the service revision and task definition, when it started and finished, its state, the reason and what triggered it (user, circuit breaker, alarm, auto scaling).</source>
        <translation>打印服务的部署（最新的在前）：服务修订和任务定义、开始和完成时间、状态、原因以及触发源（用户、断路器、警报、自动扩展）。</translation>
    </message>
    <message>
        <source>Output format: text (default), json or csv.</source>
        <translation>输出格式：text（默认）、json 或 csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>How many of the newest deployments to show (default 50).</source>
        <translation>要显示的最新部署数量（默认 50）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not &apos;%1&apos;</source>
        <translation>--format 必须是 text、json 或 csv，而不是“%1”</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &apos;%1&apos;</source>
        <translation>--limit 必须是正数，而不是“%1”</translation>
    </message>
    <message>
        <source>Roll a service back. While a deployment is in progress, stop it with ROLLBACK (StopServiceDeployment); otherwise update the service to an earlier revision&apos;s task definition and settings: the one --to names, or the newest earlier successful one. The differences are printed first.</source>
        <translation>回滚服务。如果有部署正在进行，则以 ROLLBACK 方式停止该部署（StopServiceDeployment）；否则将服务更新为某个更早修订的任务定义和设置：即 --to 指定的修订，或最近一次更早的成功修订。会先打印差异。</translation>
    </message>
    <message>
        <source>The revision to go back to: a service revision ARN or id, a deployment ARN or id, or a task definition (family:revision).</source>
        <translation>要回退到的修订：服务修订 ARN 或 ID、部署 ARN 或 ID，或任务定义（系列:修订）。</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Print what would change, change nothing.</source>
        <translation>打印将要更改的内容，但不做任何更改。</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 is in progress: stopping it with ROLLBACK.</source>
        <translation>%2 的部署 %1 正在进行中：正在以 ROLLBACK 方式停止它。</translation>
    </message>
    <message>
        <source>Updating %1 to revision %2 (%3).</source>
        <translation>正在将 %1 更新到修订 %2（%3）。</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>Rollback requested.</source>
        <translation>已请求回滚。</translation>
    </message>
    <message>
        <source>Deployment started.</source>
        <translation>部署已开始。</translation>
    </message>
    <message>
        <source>Usage: ecsdesk-cli service deployments|rollback [options]</source>
        <translation>用法：ecsdesk-cli service deployments|rollback [options]</translation>
    </message>
    <message>
        <source>expected &apos;deployments&apos; or &apos;rollback&apos;</source>
        <translation>应为“deployments”或“rollback”</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (expected &apos;deployments&apos; or &apos;rollback&apos;)</source>
        <translation>未知的子命令“%1”（应为“deployments”或“rollback”）</translation>
    </message>
    <message>
        <source>Print a service&apos;s deployments, or roll it back</source>
        <translation>打印服务的部署，或将其回滚</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Export whole clusters as JSON or CSV</source>
        <translation>以 JSON 或 CSV 格式导出整个集群</translation>
    </message>
    <message>
        <source>Fetch whole ECS clusters (services, tasks, container instances, task definitions) and print them as JSON or CSV.</source>
        <translation>获取整个 ECS 集群（服务、任务、容器实例、任务定义），并以 JSON 或 CSV 格式打印。</translation>
    </message>
    <message>
        <source>Cluster name or ARN; repeat for several. Default: all clusters.</source>
        <translation>集群名称或 ARN；可重复指定多个。默认：所有集群。</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>输出格式：json（默认）或 csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Leave out tasks whose desired status is STOPPED.</source>
        <translation>省略所需状态为 STOPPED 的任务。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Per-request timeout in seconds (default 30).</source>
        <translation>每个请求的超时秒数（默认 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在 stderr 上显示进度。</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: %1</source>
        <translation>ecsdesk-cli snapshot: %1</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: listing clusters failed: %1</source>
        <translation>ecsdesk-cli snapshot: 列出集群失败：%1</translation>
    </message>
    <message>
        <source>  %1/%2 calls, %3 services, %4 tasks, %5 instances, %6 task definitions</source>
        <translation>  %1/%2 个调用，%3 个服务，%4 个任务，%5 个实例，%6 个任务定义</translation>
    </message>
    <message>
        <source>Loading cluster %1 ...</source>
        <translation>正在加载集群 %1 ...</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: cluster %1: %2</source>
        <translation>ecsdesk-cli snapshot: 集群 %1：%2</translation>
    </message>
    <message>
        <source>Cluster %1: %2 services, %3 tasks, %4 container instances, %5 task definitions, %6 calls, %7 ms</source>
        <translation>集群 %1：%2 个服务，%3 个任务，%4 个容器实例，%5 个任务定义，%6 个调用，%7 毫秒</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: cannot write to stdout</source>
        <translation>ecsdesk-cli snapshot: 无法写入 stdout</translation>
    </message>
    <message>
        <source>Most API calls in flight at once (default 96).</source>
        <translation>同时进行的 API 调用的最大数量（默认 96）。</translation>
    </message>
    <message>
        <source>Attempts per request against server errors, network failures and timeouts, retries included (default %1); throttling is retried for up to %2 s.</source>
        <translation>每个请求在遇到服务器错误、网络故障和超时时的尝试次数（含重试，默认 %1）；限流最多重试 %2 秒。</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format 必须是 json 或 csv，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-in-flight, --timeout and --max-attempts take positive numbers</source>
        <translation>--max-in-flight、--timeout 和 --max-attempts 需要正数</translation>
    </message>
</context>
<context>
    <name>SsoClient</name>
    <message>
        <source>The SSO portal answer has no role credentials.</source>
        <translation>SSO 门户的响应中没有角色凭证。</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>The AssumeRole answer has no credentials.</source>
        <translation>AssumeRole 的响应中没有凭证。</translation>
    </message>
    <message>
        <source>The GetCallerIdentity answer is not understood.</source>
        <translation>无法理解 GetCallerIdentity 的响应。</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionDiff</name>
    <message>
        <source>(added)</source>
        <translation>（已添加）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已更改）</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionJson</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here (is a comma missing?)</source>
        <translation>此处应为“,”或“}”（是否缺少逗号？）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here (is a comma missing?)</source>
        <translation>此处应为“,”或“]”（是否缺少逗号？）</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the field name</source>
        <translation>字段名后应为“:”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between values</source>
        <translation>值之间应为“,”</translation>
    </message>
    <message>
        <source>not a JSON value (strings need double quotes; true, false and null are lower case; no trailing commas)</source>
        <translation>不是 JSON 值（字符串需要双引号；true、false 和 null 为小写；不允许尾随逗号）</translation>
    </message>
    <message>
        <source>a string is not closed with a double quote</source>
        <translation>字符串未以双引号结束</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>文档结束后有意外的文本</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a task definition must be a JSON object, not %1</source>
        <translation>任务定义必须是 JSON 对象，而不是%1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a scalar value</source>
        <translation>标量值</translation>
    </message>
    <message>
        <source>taskDefinition must be an object holding the task definition</source>
        <translation>taskDefinition 必须是包含任务定义的对象</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionValidator</name>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a string such as &quot;1024&quot;</source>
        <translation>字符串（例如 &quot;1024&quot;）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>对象列表</translation>
    </message>
    <message>
        <source>an object of string values</source>
        <translation>值为字符串的对象</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>未知字段“%1”：您是否指的是“%2”？</translation>
    </message>
    <message>
        <source>%1 is null, which the ECS API does not accept: remove it or give it a value</source>
        <translation>%1 为 null，ECS API 不接受该值：请将其删除或为其指定值</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3</source>
        <translation>%1 必须是%2，但实际为%3</translation>
    </message>
    <message>
        <source>each element of %1 must be %2, but this one is %3</source>
        <translation>%1 的每个元素都必须是%2，但此元素为%3</translation>
    </message>
    <message>
        <source>the value of %1 must be a string, but it is %2</source>
        <translation>%1 的值必须是字符串，但实际为%2</translation>
    </message>
    <message>
        <source>every volume needs a name that mount points refer to</source>
        <translation>每个卷都需要一个名称，供挂载点引用</translation>
    </message>
    <message>
        <source>another volume is already named &quot;%1&quot;</source>
        <translation>已有另一个卷名为“%1”</translation>
    </message>
    <message>
        <source>family is required: it names the task definition that each registration adds a revision to</source>
        <translation>family 为必填项：它是任务定义的名称，每次注册都会为其添加一个修订</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; contains a template placeholder; it is checked after substitution</source>
        <translation>family“%1”包含模板占位符；将在替换后进行检查</translation>
    </message>
    <message>
        <source>a task definition needs at least one container in containerDefinitions</source>
        <translation>任务定义在 containerDefinitions 中至少需要一个容器</translation>
    </message>
    <message>
        <source>network mode &quot;%1&quot; is not one of bridge, host, awsvpc or none</source>
        <translation>网络模式“%1”不是 bridge、host、awsvpc 或 none 之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a launch type: use EC2, FARGATE or EXTERNAL</source>
        <translation>“%1”不是启动类型：请使用 EC2、FARGATE 或 EXTERNAL</translation>
    </message>
    <message>
        <source>ephemeral storage must be a whole number of GiB from 21 to 200</source>
        <translation>临时存储必须是 21 到 200 之间的整数 GiB</translation>
    </message>
    <message>
        <source>at least one container must be essential (essential defaults to true when left out)</source>
        <translation>至少要有一个容器是基本容器（省略 essential 时默认为 true）</translation>
    </message>
    <message>
        <source>%1 contains a template placeholder; it is checked after substitution</source>
        <translation>%1 包含模板占位符；将在替换后进行检查</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role ARN (arn:aws:iam::123456789012:role/name)</source>
        <translation>“%1”不是 IAM 角色 ARN（arn:aws:iam::123456789012:role/name）</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; in %2 looks like a placeholder: put the real 12-digit account ID</source>
        <translation>%2 中的账户“%1”看起来像占位符：请填写真实的 12 位账户 ID</translation>
    </message>
    <message>
        <source>account ID %1 in %2 has %3 digits; AWS account IDs have 12</source>
        <translation>%2 中的账户 ID %1 有 %3 位数字；AWS 账户 ID 为 12 位</translation>
    </message>
    <message>
        <source>Fargate tasks cannot have placement constraints</source>
        <translation>Fargate 任务不能有置放约束</translation>
    </message>
    <message>
        <source>Fargate tasks do not support ipcMode</source>
        <translation>Fargate 任务不支持 ipcMode</translation>
    </message>
    <message>
        <source>Fargate does not support %1 (container %2)</source>
        <translation>Fargate 不支持 %1（容器 %2）</translation>
    </message>
    <message>
        <source>Fargate does not support Docker volumes; use a bind mount (no host) or EFS</source>
        <translation>Fargate 不支持 Docker 卷；请使用绑定挂载（不设置 host）或 EFS</translation>
    </message>
    <message>
        <source>Fargate tasks cannot mount a host path; leave host out for a task-scoped volume</source>
        <translation>Fargate 任务不能挂载主机路径；省略 host 即可使用任务范围的卷</translation>
    </message>
    <message>
        <source>container %1 may use up to %2 MiB, more than the task&apos;s %3 MiB</source>
        <translation>容器 %1 最多可使用 %2 MiB，超过了任务的 %3 MiB</translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; contains a template placeholder</source>
        <translation>容器名称“%1”包含模板占位符</translation>
    </message>
    <message>
        <source>a container needs at least 6 MiB of memory, not %1</source>
        <translation>容器至少需要 6 MiB 内存，而不是 %1</translation>
    </message>
    <message>
        <source>an environment variable needs a name</source>
        <translation>环境变量需要名称</translation>
    </message>
    <message>
        <source>environment variable %1 is set more than once; only one value takes effect</source>
        <translation>环境变量 %1 被设置了多次；只有一个值生效</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Secrets Manager secret ARN</source>
        <translation>“%1”不是 Secrets Manager 密钥 ARN</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; contains a template placeholder; it is checked after substitution</source>
        <translation>映像“%1”包含模板占位符；将在替换后进行检查</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image reference: [registry/]repository[:tag][@sha256:digest], repository in lower case</source>
        <translation>“%1”不是有效的映像引用：[registry/]repository[:tag][@sha256:digest]，repository 须为小写</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not tcp or udp</source>
        <translation>协议“%1”不是 tcp 或 udp</translation>
    </message>
    <message>
        <source>a port mapping needs a containerPort</source>
        <translation>端口映射需要 containerPort</translation>
    </message>
    <message>
        <source>port %1 is not between 1 and 65535</source>
        <translation>端口 %1 不在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>host port %1 is not between 0 and 65535</source>
        <translation>主机端口 %1 不在 0 到 65535 之间</translation>
    </message>
    <message>
        <source>port %1 is already mapped by %2</source>
        <translation>端口 %1 已由 %2 映射</translation>
    </message>
    <message>
        <source>links only work in bridge network mode; this task uses %1</source>
        <translation>links 仅在 bridge 网络模式下有效；此任务使用 %1</translation>
    </message>
    <message>
        <source>links to container &quot;%1&quot;, which this task definition does not have</source>
        <translation>链接到容器“%1”，但此任务定义中没有该容器</translation>
    </message>
    <message>
        <source>a dependency needs the containerName it waits for</source>
        <translation>依赖项需要指定所等待容器的 containerName</translation>
    </message>
    <message>
        <source>container %1 cannot depend on itself</source>
        <translation>容器 %1 不能依赖于自身</translation>
    </message>
    <message>
        <source>depends on container &quot;%1&quot;, which this task definition does not have</source>
        <translation>依赖于容器“%1”，但此任务定义中没有该容器</translation>
    </message>
    <message>
        <source>condition &quot;%1&quot; is not one of START, COMPLETE, SUCCESS or HEALTHY</source>
        <translation>条件“%1”不是 START、COMPLETE、SUCCESS 或 HEALTHY 之一</translation>
    </message>
    <message>
        <source>waiting for %1 to be HEALTHY needs a healthCheck on %1</source>
        <translation>要等待 %1 变为 HEALTHY，%1 上需要有 healthCheck</translation>
    </message>
    <message>
        <source>%1 cannot wait for %2 to %3: %2 is essential, and the task stops when it exits; make %2 non-essential</source>
        <translation>%1 无法等待 %2 达到 %3：%2 是基本容器，它退出时任务即停止；请将 %2 设为非基本容器</translation>
    </message>
    <message>
        <source>container %1 cannot mount volumes from itself</source>
        <translation>容器 %1 不能从自身挂载卷</translation>
    </message>
    <message>
        <source>volumes from container &quot;%1&quot;, which this task definition does not have</source>
        <translation>从容器“%1”挂载卷，但此任务定义中没有该容器</translation>
    </message>
    <message>
        <source>mount point uses volume &quot;%1&quot;, which is not among the task&apos;s volumes</source>
        <translation>挂载点使用卷“%1”，但该卷不在任务的卷中</translation>
    </message>
    <message>
        <source>a mount point needs the containerPath to mount at</source>
        <translation>挂载点需要指定挂载位置 containerPath</translation>
    </message>
    <message>
        <source>containers depend on each other in a cycle: %1</source>
        <translation>容器之间存在循环依赖：%1</translation>
    </message>
    <message>
        <source>a secret needs the name it is exposed as</source>
        <translation>密钥需要指定其公开时使用的名称</translation>
    </message>
    <message>
        <source>a secret needs valueFrom: a Secrets Manager ARN or an SSM parameter ARN or name</source>
        <translation>密钥需要 valueFrom：Secrets Manager ARN、SSM 参数 ARN 或参数名称</translation>
    </message>
    <message>
        <source>valueFrom contains a template placeholder; it is checked after substitution</source>
        <translation>valueFrom 包含模板占位符；将在替换后进行检查</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Secrets Manager secret ARN or an SSM parameter ARN</source>
        <translation>“%1”不是 Secrets Manager 密钥 ARN 或 SSM 参数 ARN</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; in valueFrom is not a 12-digit account ID; is it a placeholder?</source>
        <translation>valueFrom 中的账户“%1”不是 12 位账户 ID；它是占位符吗？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an ARN nor an SSM parameter name</source>
        <translation>“%1”既不是 ARN，也不是 SSM 参数名称</translation>
    </message>
    <message>
        <source>a log configuration needs a logDriver</source>
        <translation>日志配置需要 logDriver</translation>
    </message>
    <message>
        <source>log driver &quot;%1&quot; is not one of %2</source>
        <translation>日志驱动程序“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>the awslogs driver needs the awslogs-group option: the log group to write to</source>
        <translation>awslogs 驱动程序需要 awslogs-group 选项：要写入的日志组</translation>
    </message>
    <message>
        <source>the awslogs driver needs the awslogs-region option: the region of the log group</source>
        <translation>awslogs 驱动程序需要 awslogs-region 选项：日志组所在的区域</translation>
    </message>
    <message>
        <source>on Fargate the awslogs driver needs the awslogs-stream-prefix option</source>
        <translation>在 Fargate 上，awslogs 驱动程序需要 awslogs-stream-prefix 选项</translation>
    </message>
    <message>
        <source>the awsfirelens driver needs a log router container with a firelensConfiguration</source>
        <translation>awsfirelens 驱动程序需要一个带有 firelensConfiguration 的日志路由器容器</translation>
    </message>
    <message>
        <source>a health check needs a command, e.g. [&quot;CMD-SHELL&quot;, &quot;curl -f http://localhost/ || exit 1&quot;]</source>
        <translation>运行状况检查需要命令，例如 [&quot;CMD-SHELL&quot;, &quot;curl -f http://localhost/ || exit 1&quot;]</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 必须介于 %2 和 %3 之间，而不是 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ulimit name: use one of %2</source>
        <translation>“%1”不是 ulimit 名称：请使用 %2 之一</translation>
    </message>
    <message>
        <source>a ulimit needs both softLimit and hardLimit</source>
        <translation>ulimit 需要同时设置 softLimit 和 hardLimit</translation>
    </message>
    <message>
        <source>softLimit (%1) must not be more than hardLimit (%2)</source>
        <translation>softLimit（%1）不能大于 hardLimit（%2）</translation>
    </message>
    <message>
        <source>the task definition is %1 KiB of JSON; ECS accepts at most %2 KiB</source>
        <translation>任务定义为 %1 KiB 的 JSON；ECS 最多接受 %2 KiB</translation>
    </message>
    <message>
        <source>a health check command usually starts with CMD, CMD-SHELL or NONE, not &quot;%1&quot;</source>
        <translation>运行状况检查命令通常以 CMD、CMD-SHELL 或 NONE 开头，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>TdCommand</name>
    <message>
        <source>Task definitions: validate FILE..., diff A B, export FILE</source>
        <translation>任务定义：validate FILE...、diff A B、export FILE</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>Usage: ecsdesk-cli td validate [--errors-only] [--warnings-as-errors] [--format text|json] FILE...</source>
        <translation>用法： ecsdesk-cli td validate [--errors-only] [--warnings-as-errors] [--format text|json] FILE...</translation>
    </message>
    <message>
        <source>       ecsdesk-cli td diff [--format text|json] BEFORE AFTER</source>
        <translation>       ecsdesk-cli td diff [--format text|json] BEFORE AFTER</translation>
    </message>
    <message>
        <source>       ecsdesk-cli td export FILE</source>
        <translation>       ecsdesk-cli td export FILE</translation>
    </message>
    <message>
        <source>validate  checks task definitions (bare or DescribeTaskDefinition output); prints
          &apos;file: path: severity: message&apos; and exits 1 when there are errors.
          FILE &apos;-&apos; reads standard input; a folder stands for its *.json files.</source>
        <translation>validate  检查任务定义（裸定义或 DescribeTaskDefinition 的输出）；输出
          “file: path: severity: message”，有错误时以退出码 1 退出。
          FILE 为“-”时读取标准输入；文件夹表示其中的 *.json 文件。</translation>
    </message>
    <message>
        <source>diff      compares two task definitions structurally; exits 1 when they differ.</source>
        <translation>diff      按结构比较两个任务定义；两者不同时以退出码 1 退出。</translation>
    </message>
    <message>
        <source>export    prints the registrable JSON (unwrapped, read-only fields dropped), for
          aws ecs register-task-definition --cli-input-json.</source>
        <translation>export    输出可注册的 JSON（已解包，已去除只读字段），用于
          aws ecs register-task-definition --cli-input-json。</translation>
    </message>
    <message>
        <source>Print errors only, not warnings.</source>
        <translation>仅输出错误，不输出警告。</translation>
    </message>
    <message>
        <source>Exit 1 on warnings too.</source>
        <translation>有警告时也以退出码 1 退出。</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text（默认）或 json。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 error(s), %3 warning(s)</source>
        <translation>已检查 %1 个文件：%2 个错误，%3 个警告</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>ecsdesk-cli td: unknown subcommand &apos;%1&apos;</source>
        <translation>ecsdesk-cli td: 未知的子命令“%1”</translation>
    </message>
    <message>
        <source>the input is more than %1 MiB; a task definition is at most %2 KiB of JSON (ECS&apos;s limit), so it was not read</source>
        <translation>输入超过 %1 MiB；任务定义最多为 %2 KiB 的 JSON（ECS 的限制），因此未读取</translation>
    </message>
    <message>
        <source>the file is %1 MiB; a task definition is at most %2 KiB of JSON (ECS&apos;s limit), so it was not read</source>
        <translation>文件大小为 %1 MiB；任务定义最多为 %2 KiB 的 JSON（ECS 的限制），因此未读取</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: ecsdesk-cli &lt;command&gt; [options]</source>
        <translation>用法：ecsdesk-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>No commands are implemented yet.</source>
        <translation>尚未实现任何命令。</translation>
    </message>
    <message>
        <source>Run &apos;ecsdesk-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行“ecsdesk-cli &lt;command&gt; --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>ecsdesk-cli: unknown command &apos;%1&apos;</source>
        <translation>ecsdesk-cli: 未知的命令“%1”</translation>
    </message>
    <message>
        <source>Local Amazon ECS, CloudWatch, CloudWatch Logs and Application Auto Scaling endpoint.</source>
        <translation>本地 Amazon ECS、CloudWatch、CloudWatch Logs 和 Application Auto Scaling 端点。</translation>
    </message>
    <message>
        <source>Port (0 = a free port).</source>
        <translation>端口（0 = 任一空闲端口）。</translation>
    </message>
    <message>
        <source>Directory for the store and the credentials.</source>
        <translation>存储和凭证所在的目录。</translation>
    </message>
    <message>
        <source>Region.</source>
        <translation>区域。</translation>
    </message>
    <message>
        <source>Initial content of an empty data dir: demo or none.</source>
        <translation>空数据目录的初始内容：demo 或 none。</translation>
    </message>
    <message>
        <source>Milliseconds added to every answer.</source>
        <translation>为每个响应增加的延迟毫秒数。</translation>
    </message>
    <message>
        <source>Share of requests (0..1) answered with ThrottlingException or a 500.</source>
        <translation>以 ThrottlingException 或 500 响应的请求比例（0..1）。</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Delay of each task lifecycle step in milliseconds (default: ECS-like delays of 2-6 s).</source>
        <translation>每个任务生命周期步骤的延迟毫秒数（默认：与 ECS 类似的 2-6 秒延迟）。</translation>
    </message>
    <message>
        <source>Do not run the simulation: tasks stay where the API put them.</source>
        <translation>不运行模拟：任务停留在 API 设置的状态。</translation>
    </message>
    <message>
        <source>ecsdesk-local: %1</source>
        <translation>ecsdesk-local: %1</translation>
    </message>
    <message>
        <source>ecsdesk-local listening on %1 (region %2, data in %3)</source>
        <translation>ecsdesk-local 正在监听 %1（区域 %2，数据位于 %3）</translation>
    </message>
    <message>
        <source>Use it with the AWS CLI:</source>
        <translation>配合 AWS CLI 使用：</translation>
    </message>
    <message>
        <source>Native desktop cluster manager for Amazon ECS.</source>
        <translation>适用于 Amazon ECS 的原生桌面集群管理器。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>pane</source>
        <translation>窗格</translation>
    </message>
    <message>
        <source>Show only failed/stopped tasks, grouped by stopped reason.</source>
        <translation>仅显示失败/已停止的任务，按停止原因分组。</translation>
    </message>
    <message>
        <source>Salvage a damaged store: keep every record that can still be read, report what was lost, move the damaged file aside, then exit.</source>
        <translation>抢救已损坏的存储：保留所有仍可读取的记录，报告丢失的内容，将损坏的文件移到一旁，然后退出。</translation>
    </message>
    <message>
        <source>Start ecsdesk-local again to serve what was kept.</source>
        <translation>再次启动 ecsdesk-local 以提供保留的内容。</translation>
    </message>
    <message>
        <source>Connect with this profile of the AWS config at start (as the AWS CLI).</source>
        <translation>启动时使用 AWS 配置中的此配置文件连接（与 AWS CLI 相同）。</translation>
    </message>
    <message>
        <source>The region to use with --profile instead of the profile&apos;s.</source>
        <translation>与 --profile 一起使用的区域，代替配置文件中的区域。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Send every request of --profile to this URL (moto, LocalStack, a proxy).</source>
        <translation>将 --profile 的每个请求发送到此 URL（moto、LocalStack、代理）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open this cluster at start (of --profile, else of the Local connection).</source>
        <translation>启动时打开此集群（属于 --profile，否则属于本地连接）。</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>不是 URL：%1</translation>
    </message>
    <message>
        <source>--region and --endpoint-url go with --profile.</source>
        <translation>--region 和 --endpoint-url 需与 --profile 一起使用。</translation>
    </message>
    <message>
        <source>Run simulated time N times faster than wall-clock time (task lifecycle steps, the metrics minute, cooldowns, scheduled actions); request signatures still use wall-clock time.</source>
        <translation>让模拟时间比实际时间快 N 倍（任务生命周期步骤、指标分钟、冷却时间、计划操作）；请求签名仍使用实际时间。</translation>
    </message>
    <message>
        <source>ecsdesk-local: invalid --port, --latency-ms, --fault-rate, --step-ms, --time-scale or --bind</source>
        <translation>ecsdesk-local：--port、--latency-ms、--fault-rate、--step-ms、--time-scale 或 --bind 无效</translation>
    </message>
    <message>
        <source>Throttle requests as the named service does: ecs applies Amazon ECS&apos;s token buckets per action category (ThrottlingException &quot;Rate exceeded&quot;). Off by default.</source>
        <translation>按指定服务的方式对请求限流：ecs 按操作类别应用 Amazon ECS 的令牌桶（ThrottlingException &quot;Rate exceeded&quot;）。默认关闭。</translation>
    </message>
    <message>
        <source>Read-only mode: every action that changes something is disabled.</source>
        <translation>只读模式：所有会进行更改的操作都将被禁用。</translation>
    </message>
    <message>
        <source>Pane to show first: %1.</source>
        <extracomment>%1: the pane names, comma-separated</extracomment>
        <translation>首先显示的窗格：%1。</translation>
    </message>
</context>
</TS>
