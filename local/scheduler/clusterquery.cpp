// SPDX-License-Identifier: MIT
#include "local/scheduler/clusterquery.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace EcsDesk::Local {

namespace ClusterQueryDetail {

    enum class Subject {
        Attribute,
        AgentConnected,
        AgentVersion,
        Ec2InstanceId,
        RegisteredAt,
        RunningTasksCount,
        TaskGroup
    };
    enum class Op { Eq, Ne, Gt, Ge, Lt, Le, In, NotIn, Match, NotMatch, Exists, NotExists };

    /// One node of the parsed expression: a boolean combination or a comparison.
    struct Node {
        enum class Kind { And, Or, Not, Compare };
        Kind kind = Kind::Compare;
        std::vector<std::unique_ptr<const Node>> children;
        Subject subject = Subject::Attribute;
        Op op = Op::Eq;
        QString name; ///< attribute name
        QStringList values; ///< the argument(s), as written
        qint64 number = 0; ///< runningTasksCount argument
        QDateTime time; ///< registeredAt argument
        bool dateOnly = false; ///< registeredAt compared by day
        bool dependsOnTasks = false;
    };

} // namespace ClusterQueryDetail

using namespace ClusterQueryDetail;

namespace {

    struct Token {
        enum class Type { Word, Quoted, LParen, RParen, LBracket, RBracket, Comma, Operator, And, Or, Not, End };
        Type type = Type::End;
        QString text;
        Op op = Op::Eq;
        qsizetype pos = 0;
    };

    bool isWordChar(QChar c)
    {
        if (c.isSpace())
            return false;
        switch (c.unicode()) {
        case '(':
        case ')':
        case '[':
        case ']':
        case ',':
        case '\'':
        case '"':
        case '!':
        case '=':
        case '<':
        case '>':
        case '~':
        case '&':
        case '|':
            return false;
        default:
            return true;
        }
    }

    bool isNegative(Op op) { return op == Op::Ne || op == Op::NotIn || op == Op::NotMatch || op == Op::NotExists; }

    Op positiveOf(Op op)
    {
        switch (op) {
        case Op::Ne:
            return Op::Eq;
        case Op::NotIn:
            return Op::In;
        case Op::NotMatch:
            return Op::Match;
        case Op::NotExists:
            return Op::Exists;
        default:
            return op;
        }
    }

    QString opText(Op op)
    {
        switch (op) {
        case Op::Eq:
            return QStringLiteral("==");
        case Op::Ne:
            return QStringLiteral("!=");
        case Op::Gt:
            return QStringLiteral(">");
        case Op::Ge:
            return QStringLiteral(">=");
        case Op::Lt:
            return QStringLiteral("<");
        case Op::Le:
            return QStringLiteral("<=");
        case Op::In:
            return QStringLiteral("in");
        case Op::NotIn:
            return QStringLiteral("not_in");
        case Op::Match:
            return QStringLiteral("=~");
        case Op::NotMatch:
            return QStringLiteral("!~");
        case Op::Exists:
            return QStringLiteral("exists");
        case Op::NotExists:
            return QStringLiteral("!exists");
        }
        return {};
    }

    bool opAllowed(Subject subject, Op op)
    {
        const bool ordered = op == Op::Gt || op == Op::Ge || op == Op::Lt || op == Op::Le;
        const bool equality = op == Op::Eq || op == Op::Ne;
        const bool setOrMatch = op == Op::In || op == Op::NotIn || op == Op::Match || op == Op::NotMatch;
        const bool exists = op == Op::Exists || op == Op::NotExists;
        switch (subject) {
        case Subject::Attribute:
            return true;
        case Subject::TaskGroup:
            return equality || setOrMatch || exists;
        case Subject::AgentConnected:
        case Subject::Ec2InstanceId:
            return equality || setOrMatch;
        case Subject::AgentVersion:
        case Subject::RegisteredAt:
        case Subject::RunningTasksCount:
            return equality || ordered;
        }
        return false;
    }

    bool compareOrdered(Op op, int cmp)
    {
        switch (op) {
        case Op::Eq:
            return cmp == 0;
        case Op::Ne:
            return cmp != 0;
        case Op::Gt:
            return cmp > 0;
        case Op::Ge:
            return cmp >= 0;
        case Op::Lt:
            return cmp < 0;
        case Op::Le:
            return cmp <= 0;
        default:
            return false;
        }
    }

    /// Positive operators on one string value (absent values never match).
    bool matchValue(const Node& node, Op positive, const QString* value)
    {
        if (!value)
            return false;
        switch (positive) {
        case Op::Eq:
            return *value == node.values.constFirst();
        case Op::In:
            return node.values.contains(*value);
        case Op::Match:
            return clusterQueryWildcardMatch(node.values.constFirst(), *value);
        case Op::Exists:
            return true;
        default:
            return false;
        }
    }

    bool evaluate(const Node& node, const ContainerInstance& instance)
    {
        switch (node.kind) {
        case Node::Kind::And:
            for (const auto& child : node.children) {
                if (!evaluate(*child, instance))
                    return false;
            }
            return true;
        case Node::Kind::Or:
            for (const auto& child : node.children) {
                if (evaluate(*child, instance))
                    return true;
            }
            return false;
        case Node::Kind::Not:
            return !evaluate(*node.children.front(), instance);
        case Node::Kind::Compare:
            break;
        }

        switch (node.subject) {
        case Subject::AgentVersion:
            return compareOrdered(node.op, compareAgentVersions(instance.agentVersion, node.values.constFirst()));
        case Subject::RunningTasksCount: {
            const qint64 count = instance.tasks.size();
            return compareOrdered(node.op, count < node.number ? -1 : (count > node.number ? 1 : 0));
        }
        case Subject::RegisteredAt: {
            if (!instance.registeredAt.isValid())
                return node.op == Op::Ne;
            if (node.dateOnly) {
                const QDate day = instance.registeredAt.toUTC().date();
                const QDate arg = node.time.date();
                return compareOrdered(node.op, day < arg ? -1 : (day > arg ? 1 : 0));
            }
            const QDateTime at = instance.registeredAt;
            return compareOrdered(node.op, at < node.time ? -1 : (at > node.time ? 1 : 0));
        }
        default:
            break;
        }

        if (node.subject == Subject::Attribute
            && (node.op == Op::Gt || node.op == Op::Ge || node.op == Op::Lt || node.op == Op::Le)) {
            const auto it = instance.attributes.constFind(node.name);
            if (it == instance.attributes.constEnd())
                return false;
            // Numbers compare as numbers (attribute:cores > 4), anything else as text.
            bool valueIsNumber = false;
            bool argumentIsNumber = false;
            const double value = it.value().toDouble(&valueIsNumber);
            const double argument = node.values.constFirst().toDouble(&argumentIsNumber);
            const int cmp = valueIsNumber && argumentIsNumber ? (value < argument ? -1 : (value > argument ? 1 : 0))
                                                              : it.value().compare(node.values.constFirst());
            return compareOrdered(node.op, cmp);
        }
        const Op positive = positiveOf(node.op);
        bool result = false;
        switch (node.subject) {
        case Subject::Attribute: {
            const auto it = instance.attributes.constFind(node.name);
            result = matchValue(node, positive, it == instance.attributes.constEnd() ? nullptr : &it.value());
            break;
        }
        case Subject::Ec2InstanceId:
            result = matchValue(node, positive, instance.ec2InstanceId.isEmpty() ? nullptr : &instance.ec2InstanceId);
            break;
        case Subject::AgentConnected: {
            static const QString trueText = QStringLiteral("true");
            static const QString falseText = QStringLiteral("false");
            result = matchValue(node, positive, instance.agentConnected ? &trueText : &falseText);
            break;
        }
        case Subject::TaskGroup:
            // True when any task on the instance satisfies the positive form; negation means none does.
            for (const RunningTask& task : instance.tasks) {
                if (!task.group.isEmpty() && matchValue(node, positive, &task.group)) {
                    result = true;
                    break;
                }
            }
            break;
        default:
            break;
        }
        return isNegative(node.op) ? !result : result;
    }

    /// Turns the expression text into a tree; errors carry the position they were found at.
    class Parser {
        Q_DECLARE_TR_FUNCTIONS(EcsDesk::Local::ClusterQuery)
    public:
        explicit Parser(const QString& text)
            : m_text(text)
        {
        }

        std::unique_ptr<const Node> parse(QString* error)
        {
            if (!tokenize()) {
                *error = m_error;
                return nullptr;
            }
            auto root = parseOr();
            if (root && current().type != Token::Type::End) {
                fail(tr("unexpected '%1' at position %2").arg(current().text).arg(current().pos + 1));
                root.reset();
            }
            if (!root)
                *error = m_error;
            return root;
        }

    private:
        bool fail(const QString& message)
        {
            if (m_error.isEmpty())
                m_error = message;
            return false;
        }

        void push(Token::Type type, qsizetype pos, QString text, Op op = Op::Eq)
        {
            Token token;
            token.type = type;
            token.pos = pos;
            token.text = std::move(text);
            token.op = op;
            m_tokens.push_back(std::move(token));
        }

        bool tokenize()
        {
            const qsizetype n = m_text.size();
            qsizetype i = 0;
            auto wordAt = [&](qsizetype at, QLatin1String word) {
                if (QStringView(m_text).mid(at).startsWith(word)) {
                    const qsizetype end = at + word.size();
                    return end >= n || !isWordChar(m_text.at(end));
                }
                return false;
            };
            while (i < n) {
                const QChar c = m_text.at(i);
                if (c.isSpace()) {
                    ++i;
                    continue;
                }
                const QChar next = i + 1 < n ? m_text.at(i + 1) : QChar();
                switch (c.unicode()) {
                case '(':
                    push(Token::Type::LParen, i, QStringLiteral("("));
                    ++i;
                    continue;
                case ')':
                    push(Token::Type::RParen, i, QStringLiteral(")"));
                    ++i;
                    continue;
                case '[':
                    push(Token::Type::LBracket, i, QStringLiteral("["));
                    ++i;
                    continue;
                case ']':
                    push(Token::Type::RBracket, i, QStringLiteral("]"));
                    ++i;
                    continue;
                case ',':
                    push(Token::Type::Comma, i, QStringLiteral(","));
                    ++i;
                    continue;
                case '\'':
                case '"': {
                    const qsizetype close = m_text.indexOf(c, i + 1);
                    if (close < 0)
                        return fail(tr("unterminated quoted value starting at position %1").arg(i + 1));
                    push(Token::Type::Quoted, i, m_text.mid(i + 1, close - i - 1));
                    i = close + 1;
                    continue;
                }
                case '=':
                    if (next == u'=') {
                        push(Token::Type::Operator, i, QStringLiteral("=="), Op::Eq);
                        i += 2;
                        continue;
                    }
                    if (next == u'~') {
                        push(Token::Type::Operator, i, QStringLiteral("=~"), Op::Match);
                        i += 2;
                        continue;
                    }
                    return fail(tr("unknown operator '=' at position %1 (use == for equality)").arg(i + 1));
                case '!':
                    if (next == u'=') {
                        push(Token::Type::Operator, i, QStringLiteral("!="), Op::Ne);
                        i += 2;
                    } else if (next == u'~') {
                        push(Token::Type::Operator, i, QStringLiteral("!~"), Op::NotMatch);
                        i += 2;
                    } else if (wordAt(i + 1, QLatin1String("in"))) {
                        push(Token::Type::Operator, i, QStringLiteral("!in"), Op::NotIn);
                        i += 3;
                    } else if (wordAt(i + 1, QLatin1String("exists"))) {
                        push(Token::Type::Operator, i, QStringLiteral("!exists"), Op::NotExists);
                        i += 7;
                    } else {
                        push(Token::Type::Not, i, QStringLiteral("!"));
                        ++i;
                    }
                    continue;
                case '<':
                case '>': {
                    const bool lt = c == u'<';
                    if (next == u'=') {
                        push(Token::Type::Operator, i, lt ? QStringLiteral("<=") : QStringLiteral(">="),
                            lt ? Op::Le : Op::Ge);
                        i += 2;
                    } else {
                        push(Token::Type::Operator, i, lt ? QStringLiteral("<") : QStringLiteral(">"),
                            lt ? Op::Lt : Op::Gt);
                        ++i;
                    }
                    continue;
                }
                case '&':
                case '|':
                    if (next == c) {
                        push(c == u'&' ? Token::Type::And : Token::Type::Or, i, QString(2, c));
                        i += 2;
                        continue;
                    }
                    return fail(tr("unknown operator '%1' at position %2 (use %1%1)").arg(c).arg(i + 1));
                case '~':
                    return fail(tr("unknown operator '~' at position %1 (use =~ or !~)").arg(i + 1));
                default:
                    break;
                }
                qsizetype end = i;
                while (end < n && isWordChar(m_text.at(end)))
                    ++end;
                push(Token::Type::Word, i, m_text.mid(i, end - i));
                i = end;
            }
            push(Token::Type::End, n, tr("end of expression"));
            return true;
        }

        const Token& current() const { return m_tokens[m_index]; }
        void advance()
        {
            if (m_index + 1 < m_tokens.size())
                ++m_index;
        }
        bool isWord(const Token& token, QLatin1String word) const
        {
            return token.type == Token::Type::Word && token.text.compare(word, Qt::CaseInsensitive) == 0;
        }

        std::unique_ptr<const Node> combine(
            Node::Kind kind, std::unique_ptr<const Node> left, std::unique_ptr<const Node> right)
        {
            auto node = std::make_unique<Node>();
            node->kind = kind;
            node->dependsOnTasks = left->dependsOnTasks || right->dependsOnTasks;
            node->children.push_back(std::move(left));
            node->children.push_back(std::move(right));
            return node;
        }

        std::unique_ptr<const Node> parseOr()
        {
            auto left = parseAnd();
            while (left && (current().type == Token::Type::Or || isWord(current(), QLatin1String("or")))) {
                advance();
                auto right = parseAnd();
                if (!right)
                    return nullptr;
                left = combine(Node::Kind::Or, std::move(left), std::move(right));
            }
            return left;
        }

        std::unique_ptr<const Node> parseAnd()
        {
            auto left = parseUnary();
            while (left && (current().type == Token::Type::And || isWord(current(), QLatin1String("and")))) {
                advance();
                auto right = parseUnary();
                if (!right)
                    return nullptr;
                left = combine(Node::Kind::And, std::move(left), std::move(right));
            }
            return left;
        }

        std::unique_ptr<const Node> parseUnary()
        {
            if (++m_depth > 100) {
                fail(tr("the expression nests too deeply"));
                return nullptr;
            }
            std::unique_ptr<const Node> result;
            if (current().type == Token::Type::Not || isWord(current(), QLatin1String("not"))) {
                advance();
                auto operand = parseUnary();
                if (operand) {
                    auto node = std::make_unique<Node>();
                    node->kind = Node::Kind::Not;
                    node->dependsOnTasks = operand->dependsOnTasks;
                    node->children.push_back(std::move(operand));
                    result = std::move(node);
                }
            } else if (current().type == Token::Type::LParen) {
                const qsizetype open = current().pos;
                advance();
                result = parseOr();
                if (result && current().type != Token::Type::RParen) {
                    fail(tr("missing ')' for the '(' at position %1").arg(open + 1));
                    result.reset();
                }
                advance();
            } else {
                result = parseComparison();
            }
            --m_depth;
            return result;
        }

        bool resolveSubject(const QString& text, Node& node)
        {
            static const QLatin1String attributePrefix("attribute:");
            if (text.startsWith(attributePrefix)) {
                node.subject = Subject::Attribute;
                node.name = text.mid(attributePrefix.size());
                if (node.name.isEmpty())
                    return fail(tr("'attribute:' needs an attribute name"));
                return true;
            }
            if (text == QLatin1String("agentConnected"))
                node.subject = Subject::AgentConnected;
            else if (text == QLatin1String("agentVersion"))
                node.subject = Subject::AgentVersion;
            else if (text == QLatin1String("ec2InstanceId"))
                node.subject = Subject::Ec2InstanceId;
            else if (text == QLatin1String("registeredAt"))
                node.subject = Subject::RegisteredAt;
            else if (text == QLatin1String("runningTasksCount"))
                node.subject = Subject::RunningTasksCount;
            else if (text == QLatin1String("task:group"))
                node.subject = Subject::TaskGroup;
            else if (text.startsWith(QLatin1String("task:")))
                return fail(tr("unknown task subject '%1' (task:group is supported)").arg(text));
            else {
                // The docs also write attributes without the prefix: `ecs.instance-type == t2.micro`.
                node.subject = Subject::Attribute;
                node.name = text;
            }
            node.dependsOnTasks = node.subject == Subject::RunningTasksCount || node.subject == Subject::TaskGroup;
            return true;
        }

        bool readValue(QString* value)
        {
            const Token& token = current();
            if (token.type != Token::Type::Word && token.type != Token::Type::Quoted)
                return fail(tr("expected a value at position %1, found '%2'").arg(token.pos + 1).arg(token.text));
            *value = token.text;
            advance();
            return true;
        }

        std::unique_ptr<const Node> parseComparison()
        {
            const Token subjectToken = current();
            if (subjectToken.type != Token::Type::Word) {
                fail(tr("expected a subject such as attribute:ecs.instance-type at position %1, found '%2'")
                         .arg(subjectToken.pos + 1)
                         .arg(subjectToken.text));
                return nullptr;
            }
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Compare;
            if (!resolveSubject(subjectToken.text, *node))
                return nullptr;
            advance();

            const Token opToken = current();
            static const std::pair<QLatin1String, Op> wordOperators[] = {
                { QLatin1String("equals"), Op::Eq },
                { QLatin1String("not_equals"), Op::Ne },
                { QLatin1String("greater_than"), Op::Gt },
                { QLatin1String("greater_than_equal"), Op::Ge },
                { QLatin1String("less_than"), Op::Lt },
                { QLatin1String("less_than_equal"), Op::Le },
                { QLatin1String("in"), Op::In },
                { QLatin1String("not_in"), Op::NotIn },
                { QLatin1String("matches"), Op::Match },
                { QLatin1String("not_matches"), Op::NotMatch },
                { QLatin1String("exists"), Op::Exists },
                { QLatin1String("not_exists"), Op::NotExists },
            };
            bool haveOperator = opToken.type == Token::Type::Operator;
            node->op = opToken.op;
            for (const auto& [word, op] : wordOperators) {
                if (!haveOperator && isWord(opToken, word)) {
                    node->op = op;
                    haveOperator = true;
                }
            }
            if (!haveOperator) {
                fail(tr("expected an operator after '%1' at position %2, found '%3'")
                         .arg(subjectToken.text)
                         .arg(opToken.pos + 1)
                         .arg(opToken.text));
                return nullptr;
            }
            if (!opAllowed(node->subject, node->op)) {
                fail(tr("operator '%1' cannot be used with '%2'").arg(opText(node->op), subjectToken.text));
                return nullptr;
            }
            advance();

            if (node->op == Op::In || node->op == Op::NotIn) {
                if (current().type != Token::Type::LBracket) {
                    fail(tr("expected '[' after '%1' at position %2").arg(opText(node->op)).arg(current().pos + 1));
                    return nullptr;
                }
                advance();
                for (;;) {
                    QString value;
                    if (!readValue(&value))
                        return nullptr;
                    node->values.append(value);
                    if (current().type == Token::Type::Comma) {
                        advance();
                        continue;
                    }
                    if (current().type == Token::Type::RBracket) {
                        advance();
                        break;
                    }
                    fail(tr("expected ',' or ']' at position %1").arg(current().pos + 1));
                    return nullptr;
                }
            } else if (node->op != Op::Exists && node->op != Op::NotExists) {
                QString value;
                if (!readValue(&value))
                    return nullptr;
                node->values.append(value);
            }
            if (!checkArgument(*node))
                return nullptr;
            return node;
        }

        bool checkArgument(Node& node)
        {
            switch (node.subject) {
            case Subject::AgentConnected:
                for (const QString& value : std::as_const(node.values)) {
                    if (value != QLatin1String("true") && value != QLatin1String("false") && !value.contains(u'*'))
                        return fail(tr("agentConnected takes true or false, not '%1'").arg(value));
                }
                return true;
            case Subject::RunningTasksCount: {
                bool ok = false;
                node.number = node.values.constFirst().toLongLong(&ok);
                if (!ok || node.number < 0)
                    return fail(tr("runningTasksCount takes a whole number, not '%1'").arg(node.values.constFirst()));
                return true;
            }
            case Subject::AgentVersion: {
                const QStringList parts = node.values.constFirst().split(u'.');
                for (const QString& part : parts) {
                    bool ok = false;
                    part.toInt(&ok);
                    if (!ok)
                        return fail(
                            tr("agentVersion takes a version such as 1.68.2, not '%1'").arg(node.values.constFirst()));
                }
                return true;
            }
            case Subject::RegisteredAt: {
                const QString& text = node.values.constFirst();
                const QDate day = QDate::fromString(text, Qt::ISODate);
                if (day.isValid() && text.size() == 10) {
                    node.time = QDateTime(day, QTime(0, 0), Qt::UTC);
                    node.dateOnly = true;
                    return true;
                }
                QDateTime time = QDateTime::fromString(text, Qt::ISODate);
                if (!time.isValid())
                    return fail(
                        tr("registeredAt takes a date such as 2018-06-18 or 2018-06-18T22:28:28Z, not '%1'").arg(text));
                if (time.timeSpec() == Qt::LocalTime) // no zone given: UTC, as ECS reads it
                    time.setTimeSpec(Qt::UTC);
                node.time = time;
                return true;
            }
            default:
                return true;
            }
        }

        QString m_text;
        std::vector<Token> m_tokens;
        size_t m_index = 0;
        int m_depth = 0;
        QString m_error;
    };

} // namespace

std::optional<ClusterQuery> ClusterQuery::parse(const QString& expression, QString* error)
{
    QString detail;
    std::unique_ptr<const Node> root;
    if (expression.trimmed().isEmpty())
        detail = Parser::tr("the expression is empty");
    else if (expression.size() > 2000)
        detail = Parser::tr("the expression is longer than 2000 characters");
    else
        root = Parser(expression).parse(&detail);
    if (!root) {
        if (error)
            *error = Parser::tr("Invalid placement constraint expression '%1': %2.").arg(expression, detail);
        return std::nullopt;
    }
    ClusterQuery query;
    query.m_dependsOnTasks = root->dependsOnTasks;
    query.m_root = std::shared_ptr<const Node>(std::move(root));
    query.m_expression = expression;
    return query;
}

bool ClusterQuery::matches(const ContainerInstance& instance) const { return m_root && evaluate(*m_root, instance); }

bool clusterQueryWildcardMatch(QStringView pattern, QStringView text)
{
    // Iterative glob with single-star backtracking: linear in practice, no recursion.
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

int compareAgentVersions(QStringView a, QStringView b)
{
    const auto as = a.split(u'.');
    const auto bs = b.split(u'.');
    for (qsizetype i = 0; i < std::max(as.size(), bs.size()); ++i) {
        const int x = i < as.size() ? as[i].toInt() : 0;
        const int y = i < bs.size() ? bs[i].toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace EcsDesk::Local
