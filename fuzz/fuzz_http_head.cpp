// SPDX-License-Identifier: MIT
// Fuzz target: the local endpoint's HTTP/1.1 request parser (local/http/httpserver.cpp). The input is
// what a client sends on one connection; it is split into requests as the server's connection does
// (a head up to the blank line within the head limit, then Content-Length bytes of body, then the
// next pipelined request) and each head goes through HttpHead::parse.

#include "fuzzsupport.h"

#include "local/http/httpserver.h"

#include <algorithm>

using namespace EcsDesk;
using Local::HttpHead;

namespace {

// RFC 9110 5.6.2: the characters of a token (a header field name).
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray stream = Fuzz::bytes(data, size);
    const Local::HttpLimits limits;
    qsizetype at = 0;
    for (int requests = 0; at < stream.size() && requests < 64; ++requests) {
        const qsizetype end = stream.indexOf("\r\n\r\n", at);
        if (end < 0 || end - at > limits.maxHeaderBytes)
            break; // the server waits for more, or answers 431
        const HttpHead head = HttpHead::parse(QByteArrayView(stream).sliced(at, end - at));
        at = end + 4;
        if (head.errorStatus != 0) {
            Fuzz::check(head.errorStatus == 400 || head.errorStatus == 501, "a refused head is 400 or 501");
            Fuzz::check(!head.errorMessage.isEmpty(), "a refused head says why");
            Fuzz::check(head.request.headers.isEmpty(), "a refused head keeps no headers");
            break; // the server answers and closes
        }
        const Local::HttpRequest& request = head.request;
        Fuzz::check(!request.method.isEmpty() && !request.method.contains(' '), "a method is one word");
        Fuzz::check(request.target.startsWith('/') && !request.target.contains(' '), "a target is a path");
        Fuzz::check(head.contentLength >= 0 && head.contentLength < 1'000'000'000'000'000'000LL,
            "Content-Length is a non-negative number of at most 18 digits");
        for (const auto& [name, value] : request.headers) {
            Fuzz::check(
                !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar), "a header name is a token");
            Fuzz::check(value == value.trimmed(), "a header value is trimmed");
        }
        Fuzz::check(request.header("transfer-encoding").isEmpty(), "transfer-encoding is refused");
        if (head.contentLength > limits.maxBodyBytes)
            break; // 413 before the body
        const qsizetype body = qsizetype(std::min<qint64>(head.contentLength, stream.size() - at));
        at += body;
        if (!head.keepAlive)
            break;
    }
    return 0;
}
