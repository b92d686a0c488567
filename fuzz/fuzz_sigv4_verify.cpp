// SPDX-License-Identifier: MIT
// Fuzz target: the local endpoint's SigV4 verifier (local/auth/requestverifier.cpp) and the
// Authorization header parser it uses (api/auth/sigv4.cpp). The input is a raw HTTP request (head,
// blank line, body) as the server would parse it. It is verified as sent; then signed as a client
// signs it (api/auth/sigv4.cpp) and verified again, which must pass: what our client signs, our
// endpoint accepts.

#include "fuzzsupport.h"

#include "api/auth/sigv4.h"
#include "local/auth/requestverifier.h"
#include "local/clock.h"
#include "local/http/httpserver.h"

using namespace EcsDesk;
namespace SigV4 = Api::SigV4;

namespace {

// The corpus is signed with these at this time (fuzz/corpus/sigv4_verify/README).
Api::Credentials credentials()
{
    Api::Credentials result;
    result.accessKeyId = QStringLiteral("AKIAFUZZFUZZFUZZFUZZ");
    result.secretAccessKey = QStringLiteral("fuzz/fuzz/fuzz/fuzz/fuzz/fuzz/fuzz/fuzz");
    return result;
}

const QDateTime signingTime() { return QDateTime(QDate(2026, 12, 3), QTime(12, 0, 0), Qt::UTC); }

void checkError(const std::optional<Local::ApiError>& error, bool queryProtocol)
{
    if (!error)
        return;
    Fuzz::check(error->status == (queryProtocol ? 403 : 400), "signature errors are 400 (JSON) or 403 (query)");
    Fuzz::check(!error->code.isEmpty() && !error->message.isEmpty(), "a signature error has a code and message");
}

bool isSignedByUs(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "authorization" || lower == "x-amz-date" || lower == "x-amz-security-token"
        || lower == "x-amz-content-sha256";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype end = input.indexOf("\r\n\r\n");
    if (end < 0 || end > 16 * 1024)
        return 0;
    Local::HttpHead head = Local::HttpHead::parse(QByteArrayView(input).first(end));
    if (head.errorStatus != 0)
        return 0;
    Local::HttpRequest request = std::move(head.request);
    request.body = input.mid(end + 4);

    const Local::ManualClock clock(signingTime());
    const Local::RequestVerifier verifier(credentials(), "us-east-1", &clock);
    const bool queryProtocol = request.header("x-amz-target").isEmpty();
    const auto authorization = SigV4::Authorization::parse(request.header("authorization"));
    const QByteArray service = authorization ? authorization->scope.service : QByteArray("ecs");
    checkError(verifier.verify(request, service, queryProtocol), queryProtocol);
    checkError(verifier.verify(request, "monitoring", true), true);

    // Round trip: the same request signed by the client's signer verifies.
    SigV4::Request outgoing;
    outgoing.method = request.method;
    outgoing.url = QUrl::fromEncoded(QByteArray("http://local") + request.target);
    for (const auto& header : std::as_const(request.headers)) {
        if (!isSignedByUs(header.first))
            outgoing.headers.append(header);
    }
    outgoing.body = request.body;
    SigV4::sign(outgoing, credentials(), "us-east-1", "ecs", signingTime());
    Local::HttpRequest resigned = request;
    resigned.headers = outgoing.headers;
    const auto error = verifier.verify(resigned, "ecs", queryProtocol);
    if (error)
        std::fprintf(stderr, "refused: %s %s\n", qPrintable(error->code), qPrintable(error->message));
    Fuzz::check(!error, "a request signed by the client's signer verifies");
    return 0;
}
