<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
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
        <translation>%1 Alarm(e) von Cluster %2</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>; actions disabled</source>
        <translation>; Aktionen deaktiviert</translation>
    </message>
    <message>
        <source>since %1: %2</source>
        <translation>seit %1: %2</translation>
    </message>
    <message>
        <source>Print the CloudWatch alarms of a cluster and its services: state, reason and condition.</source>
        <translation>Gibt die CloudWatch-Alarme eines Clusters und seiner Services aus: Status, Grund und Bedingung.</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>Clustername (erforderlich).</translation>
    </message>
    <message>
        <source>Only this service&apos;s alarms.</source>
        <translation>Nur die Alarme dieses Service.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Only alarms in this state: ALARM, OK or INSUFFICIENT_DATA.</source>
        <translation>Nur Alarme in diesem Status: ALARM, OK oder INSUFFICIENT_DATA.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit with 3 when an alarm shown is in ALARM.</source>
        <translation>Mit 3 beenden, wenn ein angezeigter Alarm im Status ALARM ist.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>--cluster ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format muss text oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--state must be ALARM, OK or INSUFFICIENT_DATA, not &apos;%1&apos;</source>
        <translation>--state muss ALARM, OK oder INSUFFICIENT_DATA sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>kann nicht auf stdout schreiben</translation>
    </message>
    <message>
        <source>Print the CloudWatch alarms of a cluster and its services</source>
        <translation>Die CloudWatch-Alarme eines Clusters und seiner Services ausgeben</translation>
    </message>
</context>
<context>
    <name>AutoScalingGroupsClient</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>Die Antwort auf %1 ist unverständlich.</translation>
    </message>
</context>
<context>
    <name>AwsError</name>
    <message>
        <source>(HTTP %1, request id %2)</source>
        <translation>(HTTP %1, Anforderungs-ID %2)</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anforderung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AwsOptions</name>
    <message>
        <source>AWS profile to use.</source>
        <translation>Zu verwendendes AWS-Profil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS-Region.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Send every call to this endpoint (moto, local endpoint).</source>
        <translation>Jeden Aufruf an diesen Endpunkt senden (moto, lokaler Endpunkt).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--endpoint-url &apos;%1&apos; is not a URL</source>
        <translation>--endpoint-url &apos;%1&apos; ist keine URL</translation>
    </message>
</context>
<context>
    <name>AwsTransport</name>
    <message>
        <source>No AWS credentials were found for this connection.</source>
        <translation>Für diese Verbindung wurden keine AWS-Anmeldedaten gefunden.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an HTML page instead of an AWS error.</source>
        <translation>Der Server hat mit HTTP %1 und einer HTML-Seite statt eines AWS-Fehlers geantwortet.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an error document.</source>
        <translation>Der Server hat mit HTTP %1 ohne Fehlerdokument geantwortet.</translation>
    </message>
    <message>
        <source>%1 got no complete answer within %2 ms.</source>
        <translation>%1 hat innerhalb von %2 ms keine vollständige Antwort erhalten.</translation>
    </message>
    <message>
        <source>%1: the answer is too large (%2).</source>
        <translation>%1: Die Antwort ist zu groß (%2).</translation>
    </message>
    <message>
        <source>%1: the server&apos;s answer is not valid HTTP (%2).</source>
        <translation>%1: Die Antwort des Servers ist kein gültiges HTTP (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut off: %2</source>
        <translation>%1: Die Antwort wurde abgeschnitten: %2</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2).</source>
        <translation>%1: Die Antwort ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: the answer&apos;s field %2 is %3 where %4 belongs.</source>
        <translation>%1: Das Feld %2 der Antwort ist %3, erwartet wird %4.</translation>
    </message>
</context>
<context>
    <name>CapacityStrategy</name>
    <message>
        <source>%1 base %2</source>
        <translation>%1 Basis %2</translation>
    </message>
    <message>
        <source>%1 weight %2</source>
        <translation>%1 Gewichtung %2</translation>
    </message>
    <message>
        <source>capacityProvider must be specified in a capacity provider strategy.</source>
        <translation>In einer Kapazitätsanbieterstrategie muss capacityProvider angegeben werden.</translation>
    </message>
    <message>
        <source>The capacity provider strategy cannot contain a capacity provider more than once.</source>
        <translation>Eine Kapazitätsanbieterstrategie darf einen Kapazitätsanbieter nicht mehrfach enthalten.</translation>
    </message>
    <message>
        <source>The capacity provider %1 is not associated with the cluster.</source>
        <translation>Der Kapazitätsanbieter %1 ist dem Cluster nicht zugeordnet.</translation>
    </message>
    <message>
        <source>The base must be between 0 and %1.</source>
        <translation>Die Basis muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and %1.</source>
        <translation>Die Gewichtung muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>You can specify a base value for only one capacity provider in a capacity provider strategy.</source>
        <translation>Sie können in einer Kapazitätsanbieterstrategie nur für einen Kapazitätsanbieter einen Basiswert angeben.</translation>
    </message>
    <message>
        <source>The capacity provider strategy can have at most %1 items.</source>
        <translation>Eine Kapazitätsanbieterstrategie darf höchstens %1 Elemente enthalten.</translation>
    </message>
    <message>
        <source>A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.</source>
        <translation>Eine Kapazitätsanbieterstrategie darf nicht gleichzeitig Kapazitätsanbieter mit Auto-Scaling-Gruppen und Fargate-Anbieter enthalten. Geben Sie nur eine der beiden Arten an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>At least one capacity provider in a capacity provider strategy must have a weight greater than 0.</source>
        <translation>Mindestens ein Kapazitätsanbieter in einer Kapazitätsanbieterstrategie muss eine Gewichtung größer als 0 haben.</translation>
    </message>
</context>
<context>
    <name>CloudWatchClient</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>Die Antwort auf %1 ist unverständlich.</translation>
    </message>
</context>
<context>
    <name>ClusterSnapshotLoader</name>
    <message>
        <source>Cluster %1 was not found (%2).</source>
        <translation>Cluster %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>The cluster description never arrived.</source>
        <translation>Die Clusterbeschreibung ist nie eingetroffen.</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>The source_profile chain of profile %1 is too long or loops.</source>
        <translation>Die source_profile-Kette von Profil %1 ist zu lang oder enthält eine Schleife.</translation>
    </message>
    <message>
        <source>The config profile (%1) could not be found in %2 or %3.</source>
        <translation>Das Konfigurationsprofil (%1) wurde weder in %2 noch in %3 gefunden.</translation>
    </message>
    <message>
        <source>Profile %1 is its own source_profile but has no keys.</source>
        <translation>Profil %1 ist sein eigenes source_profile, hat aber keine Schlüssel.</translation>
    </message>
    <message>
        <source>profile %1 (static keys)</source>
        <translation>Profil %1 (statische Schlüssel)</translation>
    </message>
    <message>
        <source>Profile %1 uses credential_source Environment but AWS_ACCESS_KEY_ID is not set.</source>
        <translation>Profil %1 verwendet credential_source Environment, aber AWS_ACCESS_KEY_ID ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Profile %1 has role_arn but neither source_profile nor a supported credential_source.</source>
        <translation>Profil %1 hat role_arn, aber weder source_profile noch eine unterstützte credential_source.</translation>
    </message>
    <message>
        <source>Assuming a role needs a network transport.</source>
        <translation>Zum Übernehmen einer Rolle ist ein Netzwerktransport erforderlich.</translation>
    </message>
    <message>
        <source>Profile %1 refers to sso-session %2, which is not in the config file.</source>
        <translation>Profil %1 verweist auf sso-session %2, die nicht in der Konfigurationsdatei steht.</translation>
    </message>
    <message>
        <source>Profile %1 is an SSO profile but lacks sso_account_id, sso_role_name or sso_region.</source>
        <translation>Profil %1 ist ein SSO-Profil, aber sso_account_id, sso_role_name oder sso_region fehlt.</translation>
    </message>
    <message>
        <source>Signing in with SSO needs a network transport.</source>
        <translation>Für die Anmeldung mit SSO ist ein Netzwerktransport erforderlich.</translation>
    </message>
    <message>
        <source>Profile %1 has only one of aws_access_key_id and aws_secret_access_key.</source>
        <translation>Profil %1 hat nur eines von aws_access_key_id und aws_secret_access_key.</translation>
    </message>
    <message>
        <source>Profile %1 has no credentials: no keys, role_arn, SSO settings or credential_process.</source>
        <translation>Profil %1 hat keine Anmeldeinformationen: keine Schlüssel, kein role_arn, keine SSO-Einstellungen und kein credential_process.</translation>
    </message>
    <message>
        <source>No region is set: pass --region, set AWS_REGION or add region to profile %1.</source>
        <translation>Keine Region festgelegt: Geben Sie --region an, setzen Sie AWS_REGION oder fügen Sie region zu Profil %1 hinzu.</translation>
    </message>
    <message>
        <source>No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile.</source>
        <translation>Keine AWS-Anmeldeinformationen: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder konfigurieren Sie ein Profil.</translation>
    </message>
    <message>
        <source>credential_process %1</source>
        <translation>credential_process %1</translation>
    </message>
    <message>
        <source>credential_process printed invalid JSON: %1</source>
        <translation>credential_process hat ungültiges JSON ausgegeben: %1</translation>
    </message>
    <message>
        <source>credential_process must print Version 1.</source>
        <translation>credential_process muss Version 1 ausgeben.</translation>
    </message>
    <message>
        <source>credential_process did not print AccessKeyId and SecretAccessKey.</source>
        <translation>credential_process hat AccessKeyId und SecretAccessKey nicht ausgegeben.</translation>
    </message>
    <message>
        <source>credential_process is empty.</source>
        <translation>credential_process ist leer.</translation>
    </message>
    <message>
        <source>credential_process did not finish within %1 ms.</source>
        <translation>credential_process wurde nicht innerhalb von %1 ms beendet.</translation>
    </message>
    <message>
        <source>credential_process could not start: %1</source>
        <translation>credential_process konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>credential_process exited with code %1: %2</source>
        <translation>credential_process wurde mit Code %1 beendet: %2</translation>
    </message>
    <message>
        <source>assume role %1</source>
        <translation>übernommene Rolle %1</translation>
    </message>
    <message>
        <source>The network transport is gone.</source>
        <translation>Der Netzwerktransport ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Assuming role %1 failed: %2</source>
        <translation>Übernehmen der Rolle %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>SSO %1 / %2</source>
        <translation>SSO %1 / %2</translation>
    </message>
    <message>
        <source>run &apos;aws sso login --profile %1&apos; to sign in again</source>
        <translation>führen Sie „aws sso login --profile %1“ aus, um sich erneut anzumelden</translation>
    </message>
    <message>
        <source>No SSO sign-in was found: %1.</source>
        <translation>Keine SSO-Anmeldung gefunden: %1.</translation>
    </message>
    <message>
        <source>The cached SSO sign-in is unreadable: %1.</source>
        <translation>Die zwischengespeicherte SSO-Anmeldung ist nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>The SSO session expired at %1: %2.</source>
        <translation>Die SSO-Sitzung ist um %1 abgelaufen: %2.</translation>
    </message>
    <message>
        <source>The SSO portal refused the sign-in: %1.</source>
        <translation>Das SSO-Portal hat die Anmeldung abgelehnt: %1.</translation>
    </message>
    <message>
        <source>A web identity token file (%1) is configured but no role: set role_arn in the profile or AWS_ROLE_ARN.</source>
        <translation>Eine Web-Identity-Tokendatei (%1) ist konfiguriert, aber keine Rolle: Setzen Sie role_arn im Profil oder AWS_ROLE_ARN.</translation>
    </message>
    <message>
        <source>Assuming a role with web identity needs a network transport.</source>
        <translation>Zum Übernehmen einer Rolle mit Web-Identity ist ein Netzwerktransport erforderlich.</translation>
    </message>
    <message>
        <source>assume role %1 with web identity</source>
        <translation>übernommene Rolle %1 mit Web-Identity</translation>
    </message>
    <message>
        <source>The web identity token file %1 cannot be read: %2.</source>
        <translation>Die Web-Identity-Tokendatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The web identity token file %1 is empty.</source>
        <translation>Die Web-Identity-Tokendatei %1 ist leer.</translation>
    </message>
    <message>
        <source>Assuming role %1 with a web identity token failed: %2</source>
        <translation>Das Übernehmen der Rolle %1 mit einem Web-Identity-Token ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>DeploymentHistory</name>
    <message>
        <source>No deployment of %1 deployed revision %2.</source>
        <translation>Keine Bereitstellung von %1 hat Revision %2 bereitgestellt.</translation>
    </message>
    <message>
        <source>%1 has no earlier successful deployment to roll back to.</source>
        <translation>%1 hat keine frühere erfolgreiche Bereitstellung, auf die zurückgesetzt werden kann.</translation>
    </message>
    <message>
        <source>%1 already runs revision %2.</source>
        <translation>%1 führt bereits Revision %2 aus.</translation>
    </message>
</context>
<context>
    <name>EcrCommand</name>
    <message>
        <source>List ECR repositories or a repository&apos;s images as JSON or CSV</source>
        <translation>ECR-Repositorys oder die Images eines Repositorys als JSON oder CSV auflisten</translation>
    </message>
    <message>
        <source>ecsdesk-cli ecr: %1</source>
        <translation>ecsdesk-cli ecr: %1</translation>
    </message>
    <message>
        <source>List the ECR repositories of an account and region (with their image count and size), or the images of one repository (tags, size, push and pull times, scan findings by severity), as JSON or CSV.</source>
        <translation>Listet die ECR-Repositorys eines Kontos und einer Region (mit Anzahl und Größe ihrer Images) oder die Images eines Repositorys (Tags, Größe, Zeitpunkt des Hochladens und des letzten Abrufs, Scan-Befunde nach Schweregrad) als JSON oder CSV auf.</translation>
    </message>
    <message>
        <source>repositories or images</source>
        <translation>repositories oder images</translation>
    </message>
    <message>
        <source>The repository whose images to list (images).</source>
        <translation>Das Repository, dessen Images aufgelistet werden sollen (images).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Ausgabeformat: json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>say what to list: repositories or images</source>
        <translation>geben Sie an, was aufgelistet werden soll: repositories oder images</translation>
    </message>
    <message>
        <source>images needs --repository</source>
        <translation>images erfordert --repository</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format muss json oder csv sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ecsdesk-cli ecr: cannot write to stdout</source>
        <translation>ecsdesk-cli ecr: Schreiben auf stdout nicht möglich</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::FleetExport</name>
    <message>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>BELOW</source>
        <translation>UNTER SOLL</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>LAUFEND</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <source>PROVISIONING</source>
        <translation>PROVISIONIERUNG</translation>
    </message>
    <message>
        <source>STOPPED 1H</source>
        <translation>GESTOPPT 1H</translation>
    </message>
    <message>
        <source>INSTANCES</source>
        <translation>INSTANZEN</translation>
    </message>
    <message>
        <source>ALARMS</source>
        <translation>ALARME</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::ReplyGuard</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::ScheduleExpression</name>
    <message>
        <source>Time zone %1 is not a valid IANA time zone</source>
        <translation>Die Zeitzone %1 ist keine gültige IANA-Zeitzone</translation>
    </message>
    <message>
        <source>Schedule must be at(...), rate(...) or cron(...), got &apos;%1&apos;</source>
        <translation>Der Zeitplan muss at(...), rate(...) oder cron(...) sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Invalid at() expression &apos;%1&apos;: use yyyy-mm-ddThh:mm:ss</source>
        <translation>Ungültiger at()-Ausdruck &apos;%1&apos;: Verwenden Sie yyyy-mm-ddThh:mm:ss</translation>
    </message>
    <message>
        <source>Invalid rate() expression &apos;%1&apos;: use rate(N minutes|hours|days)</source>
        <translation>Ungültiger rate()-Ausdruck &apos;%1&apos;: Verwenden Sie rate(N minutes|hours|days)</translation>
    </message>
    <message>
        <source>Invalid cron() expression &apos;%1&apos;: use cron(minutes hours day-of-month month day-of-week year)</source>
        <translation>Ungültiger cron()-Ausdruck &apos;%1&apos;: Verwenden Sie cron(Minuten Stunden Monatstag Monat Wochentag Jahr)</translation>
    </message>
    <message>
        <source>Invalid Schedule Expression %1.</source>
        <translation>Ungültiger Zeitplanausdruck %1.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Api::StepAdjustments</name>
    <message>
        <source>StepAdjustments must contain at least one step adjustment for a StepScaling policy</source>
        <translation>StepAdjustments muss für eine StepScaling-Richtlinie mindestens eine Schrittanpassung enthalten</translation>
    </message>
    <message>
        <source>There can be at most %1 step adjustments per scaling policy</source>
        <translation>Pro Skalierungsrichtlinie sind höchstens %1 Schrittanpassungen möglich</translation>
    </message>
    <message>
        <source>Both lower and upper bounds of a step adjustment cannot be left unspecified</source>
        <translation>Untere und obere Grenze einer Schrittanpassung dürfen nicht beide fehlen</translation>
    </message>
    <message>
        <source>The lower bound of a step adjustment must be less than its upper bound (lower bound %1, upper bound %2)</source>
        <translation>Die untere Grenze einer Schrittanpassung muss kleiner als ihre obere Grenze sein (untere Grenze %1, obere Grenze %2)</translation>
    </message>
    <message>
        <source>ScalingAdjustment must be non-negative for the ExactCapacity adjustment type</source>
        <translation>ScalingAdjustment darf beim Anpassungstyp ExactCapacity nicht negativ sein</translation>
    </message>
    <message>
        <source>At most one StepAdjustment may have an unspecified lower bound</source>
        <translation>Höchstens ein StepAdjustment darf eine nicht angegebene untere Grenze haben</translation>
    </message>
    <message>
        <source>At most one StepAdjustment may have an unspecified upper bound</source>
        <translation>Höchstens ein StepAdjustment darf eine nicht angegebene obere Grenze haben</translation>
    </message>
    <message>
        <source>There must be a StepAdjustment with an unspecified lower bound (i.e., lower bound is null) when one StepAdjustment has a negative lower bound</source>
        <translation>Wenn ein StepAdjustment eine negative untere Grenze hat, muss es ein StepAdjustment ohne angegebene untere Grenze geben (d. h. die untere Grenze ist null)</translation>
    </message>
    <message>
        <source>There must be a StepAdjustment with an unspecified upper bound (i.e., upper bound is null) when one StepAdjustment has a positive upper bound</source>
        <translation>Wenn ein StepAdjustment eine positive obere Grenze hat, muss es ein StepAdjustment ohne angegebene obere Grenze geben (d. h. die obere Grenze ist null)</translation>
    </message>
    <message>
        <source>StepAdjustment intervals cannot overlap</source>
        <translation>StepAdjustment-Intervalle dürfen sich nicht überschneiden</translation>
    </message>
    <message>
        <source>StepAdjustment intervals cannot have gaps between them</source>
        <translation>Zwischen StepAdjustment-Intervallen darf es keine Lücken geben</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::AlarmLines</name>
    <message>
        <source>%1: target %2</source>
        <translation>%1: Ziel %2</translation>
    </message>
    <message>
        <source>%1: alarm %2 at %3</source>
        <translation>%1: Alarm %2 bei %3</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::AlarmModel</name>
    <message>
        <source>%1 %2 %3 %4, %5 of %6 × %7 s</source>
        <translation>%1 %2 %3 %4, %5 von %6 × %7 s</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>Metrik-Mathematik</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>(Cluster)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ClusterModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Laufende Aufgaben</translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation>Ausstehende Aufgaben</translation>
    </message>
    <message>
        <source>Container instances</source>
        <translation>Container-Instanzen</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>Kapazitätsanbieter</translation>
    </message>
    <message>
        <source>Default strategy</source>
        <translation>Standardstrategie</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ContainerInstanceModel</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Laufende Aufgaben</translation>
    </message>
    <message>
        <source>CPU used</source>
        <translation>CPU belegt</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Arbeitsspeicher belegt</translation>
    </message>
    <message>
        <source>Container instance %1</source>
        <translation>Container-Instanz %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrImageIndex</name>
    <message>
        <source>tags %1, %2</source>
        <translation>Tags %1, %2</translation>
    </message>
    <message>
        <source>tag %1, %2</source>
        <translation>Tag %1, %2</translation>
    </message>
    <message>
        <source>There is no ECR repository %1 in this account and region.</source>
        <translation>In diesem Konto und dieser Region gibt es kein ECR-Repository %1.</translation>
    </message>
    <message>
        <source>The repository %1 has no image tagged %2.</source>
        <translation>Das Repository %1 enthält kein Image mit dem Tag %2.</translation>
    </message>
    <message>
        <source>The repository %1 has no image %2.</source>
        <translation>Das Repository %1 enthält kein Image %2.</translation>
    </message>
    <message numerus="yes">
        <source>This image has %n critical vulnerability finding(s) in its last scan.</source>
        <translation>
            <numerusform>Dieses Image hat im letzten Scan %n kritischen Schwachstellenbefund.</numerusform>
            <numerusform>Dieses Image hat im letzten Scan %n kritische Schwachstellenbefunde.</numerusform>
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
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;untagged&gt;</source>
        <translation>&lt;ohne Tag&gt;</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Last pulled</source>
        <translation>Zuletzt abgerufen</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrRepositoryModel</name>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Immutable</source>
        <translation>Unveränderlich</translation>
    </message>
    <message>
        <source>Mutable</source>
        <translation>Veränderlich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Scan on push</source>
        <translation>Beim Push scannen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
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
        <translation>Nicht im PATH gefunden.</translation>
    </message>
    <message>
        <source>Install the AWS CLI version 2 (see &quot;Installing or updating the latest version of the AWS CLI&quot; in the AWS CLI user guide) and make sure `aws` is on PATH.</source>
        <translation>Installieren Sie AWS CLI Version 2 (siehe „Installation oder Aktualisierung der neuesten Version der AWS CLI“ im Benutzerhandbuch der AWS CLI) und stellen Sie sicher, dass `aws` im PATH liegt.</translation>
    </message>
    <message>
        <source>Found, but its version could not be read: %1</source>
        <translation>Gefunden, aber die Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Version %1 has no ECS Exec.</source>
        <translation>Version %1 unterstützt ECS Exec nicht.</translation>
    </message>
    <message>
        <source>Update the AWS CLI to %1 or later (version 1: %2 or later).</source>
        <translation>Aktualisieren Sie die AWS CLI auf %1 oder höher (Version 1: %2 oder höher).</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>Version %1.</translation>
    </message>
    <message>
        <source>Session Manager plugin</source>
        <translation>Session-Manager-Plugin</translation>
    </message>
    <message>
        <source>Found.</source>
        <translation>Gefunden.</translation>
    </message>
    <message>
        <source>session-manager-plugin is not on PATH.</source>
        <translation>session-manager-plugin ist nicht im PATH.</translation>
    </message>
    <message>
        <source>Install the Session Manager plugin for the AWS CLI (see &quot;Install the Session Manager plugin for the AWS CLI&quot; in the AWS Systems Manager user guide).</source>
        <translation>Installieren Sie das Session-Manager-Plugin für die AWS CLI (siehe „Installieren des Session-Manager-Plugins für die AWS CLI“ im Benutzerhandbuch von AWS Systems Manager).</translation>
    </message>
    <message>
        <source>Task running</source>
        <translation>Aufgabe läuft</translation>
    </message>
    <message>
        <source>The task is %1.</source>
        <translation>Die Aufgabe hat den Status %1.</translation>
    </message>
    <message>
        <source>A shell opens only in a running task: choose a running task.</source>
        <translation>Eine Shell lässt sich nur in einer laufenden Aufgabe öffnen: Wählen Sie eine laufende Aufgabe aus.</translation>
    </message>
    <message>
        <source>Wait until the task is RUNNING.</source>
        <translation>Warten Sie, bis die Aufgabe den Status RUNNING hat.</translation>
    </message>
    <message>
        <source>ECS Exec turned on</source>
        <translation>ECS Exec aktiviert</translation>
    </message>
    <message>
        <source>The task was run with enableExecuteCommand.</source>
        <translation>Die Aufgabe wurde mit enableExecuteCommand gestartet.</translation>
    </message>
    <message>
        <source>The task was run without enableExecuteCommand.</source>
        <translation>Die Aufgabe wurde ohne enableExecuteCommand gestartet.</translation>
    </message>
    <message>
        <source>Run a new task with ECS Exec turned on (Run Task, or --enable-execute-command).</source>
        <translation>Führen Sie eine neue Aufgabe mit aktiviertem ECS Exec aus („Aufgabe ausführen“ oder --enable-execute-command).</translation>
    </message>
    <message>
        <source>Enable ECS Exec on service %1: its new deployment replaces the tasks with ones that have it.</source>
        <translation>Aktivieren Sie ECS Exec für Service %1: Seine neue Bereitstellung ersetzt die Aufgaben durch solche mit ECS Exec.</translation>
    </message>
    <message>
        <source>ExecuteCommandAgent</source>
        <translation>ExecuteCommandAgent</translation>
    </message>
    <message>
        <source>The task has more than one container: choose one.</source>
        <translation>Die Aufgabe hat mehr als einen Container: Wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>The task has no container %1.</source>
        <translation>Die Aufgabe hat keinen Container %1.</translation>
    </message>
    <message>
        <source>Choose one of the task&apos;s containers.</source>
        <translation>Wählen Sie einen der Container der Aufgabe aus.</translation>
    </message>
    <message>
        <source>RUNNING in container %1.</source>
        <translation>RUNNING in Container %1.</translation>
    </message>
    <message>
        <source>Container %1 has no ExecuteCommandAgent.</source>
        <translation>Container %1 hat keinen ExecuteCommandAgent.</translation>
    </message>
    <message>
        <source>Turn on ECS Exec for the task (see above); the agent starts with the container.</source>
        <translation>Aktivieren Sie ECS Exec für die Aufgabe (siehe oben); der Agent startet mit dem Container.</translation>
    </message>
    <message>
        <source>%1 in container %2.</source>
        <translation>%1 in Container %2.</translation>
    </message>
    <message>
        <source>Wait a moment for the agent to start, then check again.</source>
        <translation>Warten Sie einen Moment, bis der Agent gestartet ist, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The agent stopped: check that the task role allows ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel, then start a new task.</source>
        <translation>Der Agent wurde gestoppt: Prüfen Sie, ob die Aufgabenrolle ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel und OpenDataChannel erlaubt, und starten Sie dann eine neue Aufgabe.</translation>
    </message>
    <message>
        <source>Fargate platform version</source>
        <translation>Fargate-Plattformversion</translation>
    </message>
    <message>
        <source>Not a Fargate task: no platform version needed.</source>
        <translation>Keine Fargate-Aufgabe: keine Plattformversion erforderlich.</translation>
    </message>
    <message>
        <source>The task names no platform version.</source>
        <translation>Die Aufgabe nennt keine Plattformversion.</translation>
    </message>
    <message>
        <source>%1: ECS Exec needs 1.4.0 or later.</source>
        <translation>%1: ECS Exec erfordert 1.4.0 oder höher.</translation>
    </message>
    <message>
        <source>Run the task (or update the service) on platform version 1.4.0 or LATEST.</source>
        <translation>Führen Sie die Aufgabe mit Plattformversion 1.4.0 oder LATEST aus (oder aktualisieren Sie den Service entsprechend).</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Task role</source>
        <translation>Aufgabenrolle</translation>
    </message>
    <message>
        <source>The task definition was not read.</source>
        <translation>Die Aufgabendefinition wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The task has no task role.</source>
        <translation>Die Aufgabe hat keine Aufgabenrolle.</translation>
    </message>
    <message>
        <source>Give the task definition a task role (taskRoleArn) that allows ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel and OpenDataChannel, and deploy it.</source>
        <translation>Geben Sie der Aufgabendefinition eine Aufgabenrolle (taskRoleArn), die ssmmessages:CreateControlChannel, CreateDataChannel, OpenControlChannel und OpenDataChannel erlaubt, und stellen Sie sie bereit.</translation>
    </message>
    <message>
        <source>Cluster execute command configuration</source>
        <translation>Cluster-Konfiguration für die Befehlsausführung</translation>
    </message>
    <message>
        <source>The cluster&apos;s configuration was not read.</source>
        <translation>Die Konfiguration des Clusters wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Logging: %1.</source>
        <translation>Protokollierung: %1.</translation>
    </message>
    <message>
        <source>No KMS key: the session is encrypted with TLS only.</source>
        <translation>Kein KMS-Schlüssel: Die Sitzung wird nur mit TLS verschlüsselt.</translation>
    </message>
    <message>
        <source>KMS key %1.</source>
        <translation>KMS-Schlüssel %1.</translation>
    </message>
    <message>
        <source>The task role needs kms:Decrypt on %1.</source>
        <translation>Die Aufgabenrolle benötigt kms:Decrypt für %1.</translation>
    </message>
    <message>
        <source>The task role needs logs:CreateLogStream, logs:DescribeLogStreams and logs:PutLogEvents on log group %1.</source>
        <translation>Die Aufgabenrolle benötigt logs:CreateLogStream, logs:DescribeLogStreams und logs:PutLogEvents für die Protokollgruppe %1.</translation>
    </message>
    <message>
        <source>The task role needs s3:PutObject on bucket %1.</source>
        <translation>Die Aufgabenrolle benötigt s3:PutObject für den Bucket %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
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
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Below desired</source>
        <translation>Unter Soll</translation>
    </message>
    <message>
        <source>Failed deployments</source>
        <translation>Fehlgeschlagene Bereitstellungen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionierung</translation>
    </message>
    <message>
        <source>Stopped (1 h)</source>
        <translation>Gestoppt (1 h)</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::LoadBalancerRouteModel</name>
    <message>
        <source>no targets</source>
        <translation>keine Ziele</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number of targets, %2 an ELB target state (healthy, unhealthy, draining, initial, ...)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 every %2 s, healthy after %3, unhealthy after %4</source>
        <translation>%1 alle %2 s, fehlerfrei nach %3, fehlerhaft nach %4</translation>
    </message>
    <message>
        <source>, codes %1</source>
        <translation>, Codes %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::MarkerLoader</name>
    <message>
        <source>%1: deployment started (%2)</source>
        <translation>%1: Bereitstellung gestartet (%2)</translation>
    </message>
    <message>
        <source>%1: deployment finished (%2)</source>
        <translation>%1: Bereitstellung abgeschlossen (%2)</translation>
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
        <translation>%1: Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The %1&apos;s name is longer than 256 characters.</source>
        <translation>%1: Der Name ist länger als 256 Zeichen.</translation>
    </message>
    <message>
        <source>The %1&apos;s name has a character that is not printable.</source>
        <translation>%1: Der Name enthält ein nicht druckbares Zeichen.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ScheduleForm</name>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Alle %1 Tage</translation>
    </message>
    <message>
        <source>Once at %1</source>
        <translation>Einmalig am %1</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>Monday to Friday at %1</source>
        <translation>Montag bis Freitag um %1</translation>
    </message>
    <message>
        <source>At %1 on %2</source>
        <translation>Um %1 an %2</translation>
    </message>
    <message>
        <source>Every hour, on the hour</source>
        <translation>Stündlich zur vollen Stunde</translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation>Stündlich zur Minute %1</translation>
    </message>
    <message>
        <source>At %1 on day %2 of the month</source>
        <translation>Um %1 am %2. Tag des Monats</translation>
    </message>
    <message>
        <source>At the cron times %1</source>
        <translation>Zu den cron-Zeiten %1</translation>
    </message>
    <message>
        <source> (UTC)</source>
        <translation> (UTC)</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name has 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Ein Name besteht aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A schedule group has 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Eine Zeitplangruppe besteht aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The description is longer than 512 characters.</source>
        <translation>Die Beschreibung ist länger als 512 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is not a time zone (an IANA name such as Europe/Berlin).</source>
        <translation>%1 ist keine Zeitzone (ein IANA-Name wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>EventBridge rules run in UTC: leave the time zone empty.</source>
        <translation>EventBridge-Regeln laufen in UTC: Lassen Sie die Zeitzone leer.</translation>
    </message>
    <message>
        <source>Choose the date and time to run at.</source>
        <translation>Wählen Sie Datum und Uhrzeit der Ausführung aus.</translation>
    </message>
    <message>
        <source>Enter an at(), rate() or cron() expression.</source>
        <translation>Geben Sie einen at()-, rate()- oder cron()-Ausdruck ein.</translation>
    </message>
    <message>
        <source>EventBridge rules have no at(): make it a schedule.</source>
        <translation>EventBridge-Regeln kennen kein at(): Verwenden Sie stattdessen einen Zeitplan.</translation>
    </message>
    <message>
        <source>That time has passed: the schedule would never run.</source>
        <translation>Dieser Zeitpunkt ist bereits vorbei: Der Zeitplan würde nie ausgeführt.</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>Das Enddatum muss nach dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>The end date has passed: the schedule would never run.</source>
        <translation>Das Enddatum ist bereits vorbei: Der Zeitplan würde nie ausgeführt.</translation>
    </message>
    <message>
        <source>A flexible time window is 1 to 1440 minutes (0: off).</source>
        <translation>Ein flexibles Zeitfenster umfasst 1 bis 1440 Minuten (0: aus).</translation>
    </message>
    <message>
        <source>Open a cluster to run the task in.</source>
        <translation>Öffnen Sie einen Cluster, in dem die Aufgabe ausgeführt werden soll.</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>Wählen Sie eine Aufgabendefinition aus.</translation>
    </message>
    <message>
        <source>A schedule runs 1 to 10 tasks.</source>
        <translation>Ein Zeitplan führt 1 bis 10 Aufgaben aus.</translation>
    </message>
    <message>
        <source>A rule runs at least 1 task.</source>
        <translation>Eine Regel führt mindestens 1 Aufgabe aus.</translation>
    </message>
    <message>
        <source>Name at least one capacity provider.</source>
        <translation>Geben Sie mindestens einen Kapazitätsanbieter an.</translation>
    </message>
    <message>
        <source>A capacity provider needs a name, a weight of 0 to 1000 and a base of 0 to 100000.</source>
        <translation>Ein Kapazitätsanbieter benötigt einen Namen, eine Gewichtung von 0 bis 1000 und eine Basis von 0 bis 100000.</translation>
    </message>
    <message>
        <source>Fargate tasks need at least one subnet.</source>
        <translation>Fargate-Aufgaben benötigen mindestens ein Subnetz.</translation>
    </message>
    <message>
        <source>%1 is not a subnet id (subnet-...).</source>
        <translation>%1 ist keine Subnetz-ID (subnet-...).</translation>
    </message>
    <message>
        <source>%1 is not a security group id (sg-...).</source>
        <translation>%1 ist keine Sicherheitsgruppen-ID (sg-...).</translation>
    </message>
    <message>
        <source>At most 16 subnets and 5 security groups.</source>
        <translation>Höchstens 16 Subnetze und 5 Sicherheitsgruppen.</translation>
    </message>
    <message>
        <source>Security groups and a public IP need subnets.</source>
        <translation>Sicherheitsgruppen und eine öffentliche IP erfordern Subnetze.</translation>
    </message>
    <message>
        <source>The input is not JSON: %1 (at character %2).</source>
        <translation>Die Eingabe ist kein JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The input is a JSON object, e.g. {&quot;containerOverrides&quot;: [...]}.</source>
        <translation>Die Eingabe muss ein JSON-Objekt sein, z. B. {&quot;containerOverrides&quot;: [...]}.</translation>
    </message>
    <message>
        <source>containerOverrides is a list of containers.</source>
        <translation>containerOverrides ist eine Liste von Containern.</translation>
    </message>
    <message>
        <source>Each container override names its container (&quot;name&quot;).</source>
        <translation>Jede Container-Überschreibung nennt ihren Container (&quot;name&quot;).</translation>
    </message>
    <message>
        <source>The role is an IAM role ARN (arn:aws:iam::123456789012:role/name).</source>
        <translation>Die Rolle muss ein IAM-Rollen-ARN sein (arn:aws:iam::123456789012:role/name).</translation>
    </message>
    <message>
        <source>Retry attempts are 0 to 185.</source>
        <translation>Es sind 0 bis 185 Wiederholungsversuche möglich.</translation>
    </message>
    <message>
        <source>The maximum event age is 60 to 86400 seconds.</source>
        <translation>Das maximale Ereignisalter beträgt 60 bis 86400 Sekunden.</translation>
    </message>
    <message>
        <source>Write capacity providers as name:weight:base, separated by commas.</source>
        <translation>Geben Sie Kapazitätsanbieter als Name:Gewichtung:Basis an, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ScheduledActionForm</name>
    <message>
        <source>scheduled action</source>
        <translation>Geplante Aktion</translation>
    </message>
    <message>
        <source>A scheduled action&apos;s name cannot contain &apos;:&apos;, &apos;/&apos; or &apos;|&apos; nor start or end with a space.</source>
        <translation>Der Name einer geplanten Aktion darf weder &apos;:&apos;, &apos;/&apos; oder &apos;|&apos; enthalten noch mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The schedule is not an at(), rate() or cron() expression.</source>
        <translation>Der Zeitplan ist kein at()-, rate()- oder cron()-Ausdruck.</translation>
    </message>
    <message>
        <source>%1 is not a time zone.</source>
        <translation>%1 ist keine Zeitzone.</translation>
    </message>
    <message>
        <source>A scheduled action sets a minimum capacity, a maximum capacity or both.</source>
        <translation>Eine geplante Aktion legt eine Mindestkapazität, eine Höchstkapazität oder beides fest.</translation>
    </message>
    <message>
        <source>The minimum capacity cannot be greater than the maximum.</source>
        <translation>Die Mindestkapazität darf nicht größer als die Höchstkapazität sein.</translation>
    </message>
    <message>
        <source>The end time must be after the start time.</source>
        <translation>Die Endzeit muss nach der Startzeit liegen.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ServiceForm</name>
    <message>
        <source>Enter a name for the service.</source>
        <translation>Geben Sie einen Namen für den Service ein.</translation>
    </message>
    <message>
        <source>Up to 255 letters (uppercase and lowercase), numbers, hyphens and underscores are allowed.</source>
        <translation>Erlaubt sind bis zu 255 Buchstaben (Groß- und Kleinbuchstaben), Ziffern, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>Wählen Sie eine Aufgabendefinition aus.</translation>
    </message>
    <message>
        <source>Enter at least one subnet.</source>
        <translation>Geben Sie mindestens ein Subnetz an.</translation>
    </message>
    <message>
        <source>Enter the capacity provider&apos;s name.</source>
        <translation>Geben Sie den Namen des Kapazitätsanbieters ein.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>Das ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Enter a JSON object ({ … }).</source>
        <translation>Geben Sie ein JSON-Objekt ein ({ … }).</translation>
    </message>
    <message>
        <source>Enter a JSON list ([ { … } ]).</source>
        <translation>Geben Sie eine JSON-Liste ein ([ { … } ]).</translation>
    </message>
    <message>
        <source>Each element of the list must be a JSON object ({ … }).</source>
        <translation>Jedes Element der Liste muss ein JSON-Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>Element %1 lacks the required %2.</source>
        <translation>Element %1 fehlt das erforderliche %2.</translation>
    </message>
    <message>
        <source>It lacks the required %1.</source>
        <translation>Es fehlt das erforderliche %1.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::ServiceModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Launch type</source>
        <translation>Starttyp</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Aufgabendefinition</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::StepPolicyForm</name>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The adjustment type must be one of %1.</source>
        <translation>Der Anpassungstyp muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The cooldown</source>
        <translation>Die Abklingzeit</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude is only supported with the PercentChangeInCapacity adjustment type.</source>
        <translation>MinAdjustmentMagnitude wird nur mit dem Anpassungstyp PercentChangeInCapacity unterstützt.</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude must be at least 1.</source>
        <translation>MinAdjustmentMagnitude muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The metric aggregation type must be one of %1.</source>
        <translation>Der Metrik-Aggregationstyp muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>The alarm needs a metric namespace and name.</source>
        <translation>Der Alarm benötigt einen Metrik-Namespace und einen Metriknamen.</translation>
    </message>
    <message>
        <source>The comparison must be one of %1.</source>
        <translation>Der Vergleich muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The alarm period must be 10, 20, 30 or a multiple of 60 seconds.</source>
        <translation>Der Zeitraum des Alarms muss 10, 20, 30 oder ein Vielfaches von 60 Sekunden betragen.</translation>
    </message>
    <message>
        <source>The alarm needs at least one evaluation period.</source>
        <translation>Der Alarm benötigt mindestens einen Auswertungszeitraum.</translation>
    </message>
    <message>
        <source>The datapoints to alarm cannot be more than the evaluation periods.</source>
        <translation>Die Datenpunkte für den Alarm dürfen nicht mehr sein als die Auswertungszeiträume.</translation>
    </message>
    <message>
        <source>Runs the step scaling policy %1 of %2.</source>
        <translation>Führt die Richtlinie für schrittweise Skalierung %1 von %2 aus.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::StoppedTaskGroupModel</name>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n Aufgabe</numerusform>
            <numerusform>%1 — %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) stopped with: %1</source>
        <translation>
            <numerusform>%n Aufgabe gestoppt mit: %1</numerusform>
            <numerusform>%n Aufgaben gestoppt mit: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TargetTrackingForm</name>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>%1 is not a predefined metric of ECS services.</source>
        <translation>%1 ist keine vordefinierte Metrik für ECS-Services.</translation>
    </message>
    <message>
        <source>ALBRequestCountPerTarget needs the resource label of the load balancer&apos;s target group (app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;).</source>
        <translation>ALBRequestCountPerTarget benötigt die Ressourcenbezeichnung der Zielgruppe des Load Balancers (app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The resource label is not of the form app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;.</source>
        <translation>Die Ressourcenbezeichnung hat nicht die Form app/&lt;load-balancer&gt;/&lt;id&gt;/targetgroup/&lt;target-group&gt;/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>A customized metric needs a namespace and a metric name.</source>
        <translation>Eine benutzerdefinierte Metrik benötigt einen Namespace und einen Metriknamen.</translation>
    </message>
    <message>
        <source>The statistic must be one of %1.</source>
        <translation>Die Statistik muss eine der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The target value must be greater than 0.</source>
        <translation>Der Zielwert muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The scale-out cooldown</source>
        <translation>Die Abklingzeit für das Aufskalieren</translation>
    </message>
    <message>
        <source>The scale-in cooldown</source>
        <translation>Die Abklingzeit für das Abskalieren</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskDefinitionDocument</name>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Reorder %1</source>
        <translation>%1 neu anordnen</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskDefinitionTreeModel</name>
    <message>
        <source>%1 active, %2 inactive</source>
        <translation>%1 aktiv, %2 inaktiv</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Family / revision</source>
        <translation>Familie / Revision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Netzwerkmodus</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskFamilyResolver</name>
    <message>
        <source>No ECS connection to look up the task.</source>
        <translation>Keine ECS-Verbindung, um die Aufgabe nachzuschlagen.</translation>
    </message>
    <message>
        <source>Task %1 was not found (%2).</source>
        <translation>Aufgabe %1 wurde nicht gefunden (%2).</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TaskModel</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Desired status</source>
        <translation>Gewünschter Status</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Aufgabendefinition</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stopped reason</source>
        <translation>Stoppgrund</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Container instance %1</source>
        <translation>Container-Instanz %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>Private IP-Adresse</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Öffentliche IP-Adresse</translation>
    </message>
    <message>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Host ports</source>
        <translation>Host-Ports</translation>
    </message>
    <message>
        <source>Target health</source>
        <translation>Zielzustand</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TimestampFormat</name>
    <message>
        <source>just now</source>
        <comment>age of a point in time</comment>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>age of a point in time, in minutes</comment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
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
        <translation>Bei networkMode=awsvpc müssen Host-Ports und Container-Ports in den Portzuordnungen übereinstimmen.</translation>
    </message>
    <message>
        <source>When networkMode=host, the host ports and container ports in port mappings must match.</source>
        <translation>Bei networkMode=host müssen Host-Ports und Container-Ports in den Portzuordnungen übereinstimmen.</translation>
    </message>
    <message>
        <source>Family contains invalid characters: up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.</source>
        <translation>Die Familie enthält ungültige Zeichen: erlaubt sind bis zu 255 Buchstaben (Groß- und Kleinbuchstaben), Ziffern, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source>Container list cannot be empty.</source>
        <translation>Die Containerliste darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Too many containers.</source>
        <translation>Zu viele Container.</translation>
    </message>
    <message>
        <source>Invalid &apos;cpu&apos; setting for task.</source>
        <translation>Ungültige &apos;cpu&apos;-Einstellung für die Aufgabe.</translation>
    </message>
    <message>
        <source>Invalid &apos;memory&apos; setting for task.</source>
        <translation>Ungültige &apos;memory&apos;-Einstellung für die Aufgabe.</translation>
    </message>
    <message>
        <source>Container.name should not be null or empty and may only contain letters, numbers, hyphens and underscores.</source>
        <translation>Container.name darf nicht null oder leer sein und nur Buchstaben, Ziffern, Bindestriche und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>Duplicate container name &apos;%1&apos;.</source>
        <translation>Doppelter Containername &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Container.image should not be null or empty.</source>
        <translation>Container.image darf nicht null oder leer sein.</translation>
    </message>
    <message>
        <source>Invalid setting for container &apos;%1&apos;. At least one of &apos;memory&apos; or &apos;memoryReservation&apos; must be specified.</source>
        <translation>Ungültige Einstellung für Container &apos;%1&apos;. Mindestens &apos;memory&apos; oder &apos;memoryReservation&apos; muss angegeben werden.</translation>
    </message>
    <message>
        <source>Invalid setting for container &apos;%1&apos;. &apos;memory&apos; must be greater than or equal to &apos;memoryReservation&apos;.</source>
        <translation>Ungültige Einstellung für Container &apos;%1&apos;. &apos;memory&apos; muss größer oder gleich &apos;memoryReservation&apos; sein.</translation>
    </message>
    <message>
        <source>Fargate requires task definition to have execution role ARN to support log driver awslogs.</source>
        <translation>Fargate verlangt für den Log-Treiber awslogs eine Aufgabendefinition mit dem ARN einer Ausführungsrolle.</translation>
    </message>
    <message>
        <source>The sum of all container &apos;cpu&apos; values cannot be greater than the value of the task &apos;cpu&apos;.</source>
        <translation>Die Summe aller &apos;cpu&apos;-Werte der Container darf den &apos;cpu&apos;-Wert der Aufgabe nicht übersteigen.</translation>
    </message>
    <message>
        <source>The sum of all container &apos;memoryReservation&apos; values cannot be greater than the value of the task &apos;memory&apos;.</source>
        <translation>Die Summe aller &apos;memoryReservation&apos;-Werte der Container darf den &apos;memory&apos;-Wert der Aufgabe nicht übersteigen.</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; in the proxy configuration does not match any container in the task definition.</source>
        <translation>Der Containername &apos;%1&apos; in der Proxy-Konfiguration passt zu keinem Container der Aufgabendefinition.</translation>
    </message>
    <message>
        <source>Fargate only supports network mode &apos;awsvpc&apos;.</source>
        <translation>Fargate unterstützt nur den Netzwerkmodus &apos;awsvpc&apos;.</translation>
    </message>
    <message>
        <source>Fargate requires that &apos;cpu&apos; be defined at the task level.</source>
        <translation>Fargate verlangt, dass &apos;cpu&apos; auf Aufgabenebene definiert ist.</translation>
    </message>
    <message>
        <source>Fargate requires that &apos;memory&apos; be defined at the task level.</source>
        <translation>Fargate verlangt, dass &apos;memory&apos; auf Aufgabenebene definiert ist.</translation>
    </message>
    <message>
        <source>No Fargate configuration exists for given values: %1 CPU, %2 memory. See the Amazon ECS documentation for the valid values.</source>
        <translation>Für die angegebenen Werte gibt es keine Fargate-Konfiguration: %1 CPU, %2 Arbeitsspeicher. Die gültigen Werte stehen in der Amazon-ECS-Dokumentation.</translation>
    </message>
    <message>
        <source>Count must be between 1 and 10.</source>
        <translation>Die Anzahl muss zwischen 1 und 10 liegen.</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support a desired count for services.</source>
        <translation>Die Planungsstrategie DAEMON unterstützt keine gewünschte Anzahl für Services.</translation>
    </message>
    <message>
        <source>Invalid desiredCount: must be at least 0.</source>
        <translation>Ungültiger desiredCount: muss mindestens 0 sein.</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support placement strategies. Remove the placement strategy and try again</source>
        <translation>Die Planungsstrategie DAEMON unterstützt keine Platzierungsstrategien. Entfernen Sie die Platzierungsstrategie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support the FARGATE launch type.</source>
        <translation>Die Planungsstrategie DAEMON unterstützt den Starttyp FARGATE nicht.</translation>
    </message>
    <message>
        <source>Invalid desiredCount: must be at most %1 (tasks per service).</source>
        <translation>Ungültiger desiredCount: darf höchstens %1 sein (Aufgaben pro Service).</translation>
    </message>
    <message>
        <source>The daemon scheduling strategy does not support values above 100 for maximumPercent on a deployment configuration. Change the maximumPercent value to 100, and try again</source>
        <translation>Die Planungsstrategie DAEMON unterstützt in einer Bereitstellungskonfiguration keine Werte über 100 für maximumPercent. Ändern Sie den Wert von maximumPercent auf 100 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>minimumHealthyPercent must be between 0 and 100.</source>
        <translation>minimumHealthyPercent muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>maximumPercent must be greater than or equal to minimumHealthyPercent.</source>
        <translation>maximumPercent muss größer oder gleich minimumHealthyPercent sein.</translation>
    </message>
    <message>
        <source>At least one alarm name is required when alarms are enabled.</source>
        <translation>Wenn Alarme aktiviert sind, ist mindestens ein Alarmname erforderlich.</translation>
    </message>
    <message>
        <source>Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.</source>
        <translation>Die gleichzeitige Angabe eines Starttyps und einer Kapazitätsanbieterstrategie wird nicht unterstützt. Entfernen Sie eines von beiden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Specifying a capacity provider strategy is not supported when you create a service using the DAEMON scheduling strategy.</source>
        <translation>Die Angabe einer Kapazitätsanbieterstrategie wird nicht unterstützt, wenn Sie einen Service mit der Planungsstrategie DAEMON erstellen.</translation>
    </message>
    <message>
        <source>The weight must be between 0 and 1000.</source>
        <translation>Die Gewichtung muss zwischen 0 und 1000 liegen.</translation>
    </message>
    <message>
        <source>The base must be between 0 and 100000.</source>
        <translation>Die Basis muss zwischen 0 und 100000 liegen.</translation>
    </message>
    <message>
        <source>Only one capacity provider in a strategy can have a base defined.</source>
        <translation>Nur ein Kapazitätsanbieter einer Strategie darf eine Basis haben.</translation>
    </message>
    <message>
        <source>Assign public IP is not supported for this launch type.</source>
        <translation>Das Zuweisen einer öffentlichen IP-Adresse wird für diesen Starttyp nicht unterstützt.</translation>
    </message>
    <message>
        <source>At most %1 subnets can be specified.</source>
        <translation>Es können höchstens %1 Subnetze angegeben werden.</translation>
    </message>
    <message>
        <source>At most %1 security groups can be specified.</source>
        <translation>Es können höchstens %1 Sicherheitsgruppen angegeben werden.</translation>
    </message>
    <message>
        <source>The platform version must be null when specifying an EC2 launch type.</source>
        <translation>Beim Starttyp EC2 muss die Plattformversion null sein.</translation>
    </message>
    <message>
        <source>At most %1 placement constraints can be specified.</source>
        <translation>Es können höchstens %1 Platzierungseinschränkungen angegeben werden.</translation>
    </message>
    <message>
        <source>A memberOf placement constraint requires an expression.</source>
        <translation>Eine Platzierungseinschränkung vom Typ memberOf erfordert einen Ausdruck.</translation>
    </message>
    <message>
        <source>A distinctInstance placement constraint does not take an expression.</source>
        <translation>Eine Platzierungseinschränkung vom Typ distinctInstance akzeptiert keinen Ausdruck.</translation>
    </message>
    <message>
        <source>At most %1 placement strategies can be specified.</source>
        <translation>Es können höchstens %1 Platzierungsstrategien angegeben werden.</translation>
    </message>
    <message>
        <source>The %1 placement strategy requires a field.</source>
        <translation>Die Platzierungsstrategie %1 erfordert ein Feld.</translation>
    </message>
    <message>
        <source>A load balancer requires a container name.</source>
        <translation>Ein Load Balancer erfordert einen Containernamen.</translation>
    </message>
    <message>
        <source>A load balancer requires a container port between 1 and 65535.</source>
        <translation>Ein Load Balancer erfordert einen Container-Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>healthCheckGracePeriodSeconds must be at least 0.</source>
        <translation>healthCheckGracePeriodSeconds muss mindestens 0 sein.</translation>
    </message>
    <message>
        <source>At most %1 tags can be specified.</source>
        <translation>Es können höchstens %1 Tags angegeben werden.</translation>
    </message>
    <message>
        <source>A tag key must be 1 to 128 characters long.</source>
        <translation>Ein Tag-Schlüssel muss 1 bis 128 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A tag value can be at most 256 characters long.</source>
        <translation>Ein Tag-Wert darf höchstens 256 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ActionDialog</name>
    <message>
        <source>family:revision (type to search)</source>
        <translation>Familie:Revision (zum Suchen tippen)</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ActionRegistry</name>
    <message>
        <source>%1 of %2</source>
        <comment>command palette: action of the selected item</comment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::AlarmHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Alarm history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::AlarmsPage</name>
    <message>
        <source>Ala&amp;rms</source>
        <translation>Ala&amp;rme</translation>
    </message>
    <message>
        <source>Set Alarm State to &amp;ALARM</source>
        <translation>Alarmstatus auf &amp;ALARM setzen</translation>
    </message>
    <message>
        <source>Set Alarm State to &amp;OK</source>
        <translation>Alarmstatus auf &amp;OK setzen</translation>
    </message>
    <message>
        <source>&amp;Enable Alarm Actions</source>
        <translation>Alarmaktionen a&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable Alarm Actions</source>
        <translation>Alarmaktionen &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Alarm &amp;History…</source>
        <translation>Alarm&amp;verlauf…</translation>
    </message>
    <message>
        <source>Could not load the alarms: %1</source>
        <translation>Die Alarme konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Set to %1 in ECS Desk</source>
        <translation>In ECS Desk auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation>%1 auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>Enabled the actions of %1.</source>
        <translation>Aktionen von %1 aktiviert.</translation>
    </message>
    <message>
        <source>Disabled the actions of %1.</source>
        <translation>Aktionen von %1 deaktiviert.</translation>
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
        <translation>Auto-Scaling-Gruppe</translation>
    </message>
    <message>
        <source>&amp;Apply Strategy</source>
        <translation>Strategie &amp;anwenden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>Kapazitätsanbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Managed scaling</source>
        <translation>Verwaltete Skalierung</translation>
    </message>
    <message>
        <source>Termination protection</source>
        <translation>Beendigungsschutz</translation>
    </message>
    <message>
        <source>Capacity provider reservation (%)</source>
        <translation>Kapazitätsanbieter-Reservierung (%)</translation>
    </message>
    <message>
        <source>Capacity providers of the cluster</source>
        <translation>Kapazitätsanbieter des Clusters</translation>
    </message>
    <message>
        <source>Capacity providers and default strategy</source>
        <translation>Kapazitätsanbieter und Standardstrategie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The cluster %1 was not found.</source>
        <translation>Der Cluster %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The account&apos;s capacity providers: %1</source>
        <translation>Kapazitätsanbieter des Kontos: %1</translation>
    </message>
    <message>
        <source>Auto Scaling groups: %1</source>
        <translation>Auto-Scaling-Gruppen: %1</translation>
    </message>
    <message>
        <source>Capacity provider reservation: %1</source>
        <translation>Kapazitätsanbieter-Reservierung: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Enabled, target %1%</source>
        <translation>Aktiviert, Ziel %1%</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>The cluster %1 has no capacity providers: its tasks use a launch type.</source>
        <translation>Der Cluster %1 hat keine Kapazitätsanbieter: Seine Aufgaben verwenden einen Starttyp.</translation>
    </message>
    <message>
        <source>Default strategy: none.</source>
        <translation>Standardstrategie: keine.</translation>
    </message>
    <message>
        <source>Default strategy: %1.</source>
        <translation>Standardstrategie: %1.</translation>
    </message>
    <message>
        <source>Applying the capacity providers and the default strategy…</source>
        <translation>Kapazitätsanbieter und Standardstrategie werden angewendet…</translation>
    </message>
    <message>
        <source>The capacity providers and strategy were not applied: %1</source>
        <translation>Die Kapazitätsanbieter und die Strategie wurden nicht angewendet: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ClusterPage</name>
    <message>
        <source>&amp;Clusters</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Open Cluster</source>
        <translation>Cluster ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New Cluster…</source>
        <translation>&amp;Neuer Cluster…</translation>
    </message>
    <message>
        <source>&amp;Delete Cluster…</source>
        <translation>Cluster &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Cluster %1 created.</source>
        <translation>Cluster %1 erstellt.</translation>
    </message>
    <message>
        <source>Delete Cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message>
        <source>Delete cluster %1? It must have no services or container instances.</source>
        <translation>Cluster %1 löschen? Er darf keine Services oder Container-Instanzen mehr haben.</translation>
    </message>
    <message>
        <source>Cluster %1 deleted.</source>
        <translation>Cluster %1 gelöscht.</translation>
    </message>
    <message>
        <source>Cluster &amp;Settings…</source>
        <translation>Cluster-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings of cluster %1 saved.</source>
        <translation>Einstellungen von Cluster %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ClusterSettingsDialog</name>
    <message>
        <source>&amp;Add Tag</source>
        <translation>Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <source>Cluster Settings: %1</source>
        <translation>Cluster-Einstellungen: %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Enhanced observability</source>
        <translation>Erweiterte Beobachtbarkeit</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Container &amp;Insights:</source>
        <translation>Container &amp;Insights:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The cluster %1 was not found.</source>
        <translation>Der Cluster %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A cluster can have at most %1 tags.</source>
        <translation>Ein Cluster kann höchstens %1 Tags haben.</translation>
    </message>
    <message>
        <source>The tag key %1 is longer than %2 characters.</source>
        <translation>Der Tag-Schlüssel %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The value of tag %1 is longer than %2 characters.</source>
        <translation>Der Wert des Tags %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved for AWS.</source>
        <translation>Tag-Schlüssel, die mit aws: beginnen, sind für AWS reserviert.</translation>
    </message>
    <message>
        <source>The tag key %1 appears more than once.</source>
        <translation>Der Tag-Schlüssel %1 kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not every change was saved: %1</source>
        <translation>Nicht alle Änderungen wurden gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Cluster, service or task name</source>
        <translation>Cluster-, Service- oder Aufgabenname</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionController</name>
    <message>
        <source>The local endpoint did not start: %1</source>
        <translation>Der lokale Endpunkt wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>The keys of %1 are kept for this session only: the system keychain did not store them. Enter them again after a restart, or set up the keychain.</source>
        <translation>Die Schlüssel von %1 werden nur für diese Sitzung behalten: Der Schlüsselbund des Systems hat sie nicht gespeichert. Geben Sie sie nach einem Neustart erneut ein, oder richten Sie den Schlüsselbund ein.</translation>
    </message>
    <message>
        <source>Reading the keys of %1 from the system keychain…</source>
        <translation>Die Schlüssel von %1 werden aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>The keys of %1 could not be read from the keychain: %2</source>
        <translation>Die Schlüssel von %1 konnten nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Enter Keys…</source>
        <translation>Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>The SSO session of profile %1 has expired: sign in again.</source>
        <translation>Die SSO-Sitzung von Profil %1 ist abgelaufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Profile %1 has no SSO sign-in yet: sign in.</source>
        <translation>Profil %1 hat noch keine SSO-Anmeldung: Melden Sie sich an.</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>empty for AWS; e.g. http://127.0.0.1:4566/</source>
        <translation>leer für AWS; z. B. http://127.0.0.1:4566/</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Access key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Session t&amp;oken:</source>
        <translation>&amp;Sitzungstoken:</translation>
    </message>
    <message>
        <source>The keys are stored in the system keychain only.</source>
        <translation>Die Schlüssel werden ausschließlich im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <source>The endpoint URL must be an http:// or https:// URL with a host.</source>
        <translation>Die Endpunkt-URL muss eine http://- oder https://-URL mit Host sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as us-east-1.</source>
        <translation>„%1“ ist kein Regionsname wie us-east-1.</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the endpoint lists %n cluster(s).</source>
        <translation>
            <numerusform>Verbunden: Der Endpunkt listet %n Cluster auf.</numerusform>
            <numerusform>Verbunden: Der Endpunkt listet %n Cluster auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected as %1 (account %2).</source>
        <translation>Verbunden als %1 (Konto %2).</translation>
    </message>
    <message>
        <source>&amp;Keep Keys for This Session Only</source>
        <translation>Schlüssel nur für diese Sitzung &amp;behalten</translation>
    </message>
    <message>
        <source>The keys stay in memory until ECS Desk quits; they are never written to a file.</source>
        <translation>Die Schlüssel bleiben im Arbeitsspeicher, bis ECS Desk beendet wird; sie werden nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Storing the keys in the system keychain…</source>
        <translation>Die Schlüssel werden im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The keys of %1 could not be stored in the system keychain: %2
Keep them for this session only, or cancel and set up the keychain.</source>
        <translation>Die Schlüssel von %1 konnten nicht im Schlüsselbund des Systems gespeichert werden: %2
Behalten Sie sie nur für diese Sitzung, oder brechen Sie ab und richten Sie den Schlüsselbund ein.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionRegionsDialog</name>
    <message>
        <source>Regions of %1</source>
        <translation>Regionen von %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>Weitere Region</translation>
    </message>
    <message>
        <source>Another region, e.g. us-gov-west-1</source>
        <translation>Weitere Region, z. B. us-gov-west-1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>The Fleet Overview loads every region checked here; the navigator lists them under the connection.</source>
        <translation>Die Flottenübersicht lädt jede hier markierte Region; der Navigator listet sie unter der Verbindung auf.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ContainerInstancePage</name>
    <message>
        <source>Container &amp;Instances</source>
        <translation>Container-&amp;Instanzen</translation>
    </message>
    <message>
        <source>&amp;Drain Instance</source>
        <translation>Instanz &amp;entleeren</translation>
    </message>
    <message>
        <source>&amp;Activate Instance</source>
        <translation>Instanz &amp;aktivieren</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <source>Drain Instances</source>
        <translation>Instanzen entleeren</translation>
    </message>
    <message numerus="yes">
        <source>Drain %n container instance(s)? Their service tasks move elsewhere.</source>
        <translation>
            <numerusform>%n Container-Instanz entleeren? Ihre Service-Aufgaben werden auf andere Instanzen verlagert.</numerusform>
            <numerusform>%n Container-Instanzen entleeren? Ihre Service-Aufgaben werden auf andere Instanzen verlagert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) set to %1.</source>
        <translation>
            <numerusform>%n Instanz auf %1 gesetzt.</numerusform>
            <numerusform>%n Instanzen auf %1 gesetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CreateClusterDialog</name>
    <message>
        <source>New Cluster</source>
        <translation>Neuer Cluster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Enter a cluster name.</source>
        <translation>Geben Sie einen Clusternamen ein.</translation>
    </message>
    <message>
        <source>A cluster name has up to 255 letters, digits, hyphens and underscores.</source>
        <translation>Ein Clustername besteht aus bis zu 255 Buchstaben, Ziffern, Bindestrichen und Unterstrichen.</translation>
    </message>
    <message>
        <source>names of Auto Scaling group capacity providers, comma-separated</source>
        <translation>Namen von Kapazitätsanbietern mit Auto-Scaling-Gruppe, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Capacity providers of the account backed by an Auto Scaling group (CreateCapacityProvider)</source>
        <translation>Kapazitätsanbieter des Kontos, die auf einer Auto-Scaling-Gruppe basieren (CreateCapacityProvider)</translation>
    </message>
    <message>
        <source>Account default</source>
        <translation>Kontostandard</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Enhanced observability</source>
        <translation>Erweiterte Beobachtbarkeit</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>team=web, stage=prod</source>
        <translation>team=web, stage=prod</translation>
    </message>
    <message>
        <source>Capacity providers:</source>
        <translation>Kapazitätsanbieter:</translation>
    </message>
    <message>
        <source>Auto Scaling &amp;group providers:</source>
        <translation>Anbieter mit Auto-Scaling-&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Default strategy:</source>
        <translation>Standardstrategie:</translation>
    </message>
    <message>
        <source>Container &amp;Insights:</source>
        <translation>Container &amp;Insights:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>A capacity provider name has up to 255 letters, digits, hyphens and underscores: %1</source>
        <translation>Ein Kapazitätsanbietername besteht aus bis zu 255 Buchstaben, Ziffern, Bindestrichen und Unterstrichen: %1</translation>
    </message>
    <message>
        <source>Write each tag as key=value, separated by commas.</source>
        <translation>Geben Sie jedes Tag als Schlüssel=Wert an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>A tag key has up to 128 characters and its value up to 256.</source>
        <translation>Ein Tag-Schlüssel hat bis zu 128 Zeichen, sein Wert bis zu 256.</translation>
    </message>
    <message>
        <source>Tag keys starting with aws: are reserved for AWS.</source>
        <translation>Tag-Schlüssel, die mit aws: beginnen, sind für AWS reserviert.</translation>
    </message>
    <message>
        <source>The tag key %1 appears more than once.</source>
        <translation>Der Tag-Schlüssel %1 kommt mehrfach vor.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::CreateServiceDialog</name>
    <message>
        <source>New Service</source>
        <translation>Neuer Service</translation>
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
        <translation>distinctInstance oder ein memberOf-Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>&amp;Aufgabendefinition:</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>&amp;Starttyp:</translation>
    </message>
    <message>
        <source>&amp;Desired count:</source>
        <translation>Gewünschte An&amp;zahl:</translation>
    </message>
    <message>
        <source>M&amp;inimum healthy:</source>
        <translation>M&amp;inimal fehlerfrei:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>Ma&amp;ximal:</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>Subne&amp;tze:</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>Sicherheits&amp;gruppen:</translation>
    </message>
    <message>
        <source>Placement &amp;strategy:</source>
        <translation>&amp;Platzierungsstrategie:</translation>
    </message>
    <message>
        <source>Placement co&amp;nstraint:</source>
        <translation>Platzierungs&amp;einschränkung:</translation>
    </message>
    <message>
        <source>Enter a service name.</source>
        <translation>Geben Sie einen Servicenamen ein.</translation>
    </message>
    <message>
        <source>A service name has up to 255 letters, digits, hyphens and underscores.</source>
        <translation>Ein Servicename besteht aus bis zu 255 Buchstaben, Ziffern, Bindestrichen und Unterstrichen.</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>Wählen Sie eine Aufgabendefinition aus.</translation>
    </message>
    <message>
        <source>Fargate services need at least one subnet.</source>
        <translation>Fargate-Services benötigen mindestens ein Subnetz.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DeploymentProgress</name>
    <message>
        <source>%1: %2 of %3 running</source>
        <comment>service: running of desired tasks</comment>
        <translation>%1: %2 von %3 laufen</translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <comment>the list of deploying services</comment>
        <translation>Bereitstellung: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DeploymentsPane</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Aufgabendefinition</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Deployment progress</source>
        <translation>Fortschritt der Bereitstellung</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Fehlgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Service events</source>
        <translation>Service-Ereignisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>&amp;Roll Back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Select one deployment to see what it changed, two to compare them.</source>
        <translation>Wählen Sie eine Bereitstellung aus, um ihre Änderungen zu sehen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>In progress:</source>
        <translation>In Bearbeitung:</translation>
    </message>
    <message>
        <source>Loading the deployments of %1…</source>
        <translation>Bereitstellungen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Deployments: %1</source>
        <translation>Bereitstellungen: %1</translation>
    </message>
    <message>
        <source>%1 running, %2 pending of %3</source>
        <translation>%1 laufend, %2 ausstehend von %3</translation>
    </message>
    <message>
        <source>%1 has no service deployments.</source>
        <translation>%1 hat keine Service-Bereitstellungen.</translation>
    </message>
    <message>
        <source>Deployment %1 is %2; refreshing every %3 s.</source>
        <translation>Bereitstellung %1 hat den Status %2; Aktualisierung alle %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) of %1.</source>
        <translation>
            <numerusform>%n Bereitstellung von %1.</numerusform>
            <numerusform>%n Bereitstellungen von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 exited with %2)</source>
        <translation> (%1 beendet mit %2)</translation>
    </message>
    <message>
        <source>From deployment %1 to %2:</source>
        <translation>Von Bereitstellung %1 zu %2:</translation>
    </message>
    <message>
        <source>What deployment %1 changed:</source>
        <translation>Änderungen durch Bereitstellung %1:</translation>
    </message>
    <message>
        <source>Deployment %1 replaced no earlier revision.</source>
        <translation>Bereitstellung %1 hat keine frühere Revision ersetzt.</translation>
    </message>
    <message>
        <source>Select an active service to roll back.</source>
        <translation>Wählen Sie einen aktiven Service zum Zurücksetzen aus.</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 is in progress. Stop it and roll back to %3?</source>
        <translation>Bereitstellung %1 von %2 läuft. Anhalten und auf %3 zurücksetzen?</translation>
    </message>
    <message>
        <source>the previous revision</source>
        <translation>die vorherige Revision</translation>
    </message>
    <message>
        <source>Update %1 back to revision %2 (%3)?</source>
        <translation>%1 auf Revision %2 (%3) zurücksetzen?</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Rolling back %1…</source>
        <translation>%1 wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Roll back failed: %1</source>
        <translation>Zurücksetzen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rollback of %1 started.</source>
        <translation>Zurücksetzen von %1 gestartet.</translation>
    </message>
    <message>
        <source>The two revisions do not differ.</source>
        <translation>Die beiden Revisionen unterscheiden sich nicht.</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DesiredCountDialog</name>
    <message>
        <source>Set Desired Count</source>
        <translation>Gewünschte Anzahl festlegen</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>&amp;Desired tasks:</source>
        <translation>&amp;Gewünschte Aufgaben:</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DetailsPane</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Zugehörig</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active services</source>
        <translation>Aktive Services</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Laufende Aufgaben</translation>
    </message>
    <message>
        <source>Pending tasks</source>
        <translation>Ausstehende Aufgaben</translation>
    </message>
    <message>
        <source>Container instances</source>
        <translation>Container-Instanzen</translation>
    </message>
    <message>
        <source>Capacity providers</source>
        <translation>Kapazitätsanbieter</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Aufgabendefinition</translation>
    </message>
    <message>
        <source>Desired count</source>
        <translation>Gewünschte Anzahl</translation>
    </message>
    <message>
        <source>Running count</source>
        <translation>Anzahl laufend</translation>
    </message>
    <message>
        <source>Pending count</source>
        <translation>Anzahl ausstehend</translation>
    </message>
    <message>
        <source>Launch type</source>
        <translation>Starttyp</translation>
    </message>
    <message>
        <source>Scheduling strategy</source>
        <translation>Planungsstrategie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Desired status</source>
        <translation>Gewünschter Status</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Container instance</source>
        <translation>Container-Instanz</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>Availability Zone</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stop code</source>
        <translation>Stoppcode</translation>
    </message>
    <message>
        <source>Stopped reason</source>
        <translation>Stoppgrund</translation>
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
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <source>Agent connected</source>
        <translation>Agent verbunden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Capacity provider</source>
        <translation>Kapazitätsanbieter</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Attributes and resources</source>
        <translation>Attribute und Ressourcen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Registered / value</source>
        <translation>Registriert / Wert</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Double-click a task to show it in the Tasks pane</source>
        <translation>Doppelklicken Sie auf eine Aufgabe, um sie im Bereich „Aufgaben“ anzuzeigen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>Private IP-Adresse</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>Öffentliche IP-Adresse</translation>
    </message>
    <message>
        <source>Private DNS name</source>
        <translation>Privater DNS-Name</translation>
    </message>
    <message>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Host ports</source>
        <translation>Host-Ports</translation>
    </message>
    <message>
        <source>Runtime id</source>
        <translation>Laufzeit-ID</translation>
    </message>
    <message>
        <source>Default strategy</source>
        <translation>Standardstrategie</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::EcrImagePicker</name>
    <message>
        <source>Image warning</source>
        <translation>Image-Warnung</translation>
    </message>
    <message>
        <source>Use the Newest Image</source>
        <translation>Neuestes Image verwenden</translation>
    </message>
    <message>
        <source>Use the newest pushed image: %1</source>
        <translation>Das zuletzt hochgeladene Image verwenden: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::EcrRepositoriesView</name>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Copy docker pull</source>
        <translation>docker pull kopieren</translation>
    </message>
    <message>
        <source>Copy docker login</source>
        <translation>docker login kopieren</translation>
    </message>
    <message>
        <source>Delete Images…</source>
        <translation>Images löschen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lifecycle policy: loading…</source>
        <translation>Lebenszyklusrichtlinie: wird geladen…</translation>
    </message>
    <message>
        <source>No lifecycle policy: images are kept until deleted.</source>
        <translation>Keine Lebenszyklusrichtlinie: Images bleiben erhalten, bis sie gelöscht werden.</translation>
    </message>
    <message>
        <source>Lifecycle policy: %1</source>
        <translation>Lebenszyklusrichtlinie: %1</translation>
    </message>
    <message>
        <source>Lifecycle policy: its preview expires no image.</source>
        <translation>Lebenszyklusrichtlinie: Laut Vorschau läuft kein Image ab.</translation>
    </message>
    <message numerus="yes">
        <source>Lifecycle policy: its preview expires %n image(s): %1</source>
        <translation>
            <numerusform>Lebenszyklusrichtlinie: Laut Vorschau läuft %n Image ab: %1</numerusform>
            <numerusform>Lebenszyklusrichtlinie: Laut Vorschau laufen %n Images ab: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>Images löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) from %1 with all their tags? This cannot be undone.

%2</source>
        <translation>
            <numerusform>%n Image mit allen seinen Tags aus %1 löschen? Dies kann nicht rückgängig gemacht werden.

%2</numerusform>
            <numerusform>%n Images mit allen ihren Tags aus %1 löschen? Dies kann nicht rückgängig gemacht werden.

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Images deleted.</source>
        <translation>Images gelöscht.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::FleetOverviewPage</name>
    <message>
        <source>&amp;Fleet Overview</source>
        <translation>&amp;Flottenübersicht</translation>
    </message>
    <message>
        <source>&amp;Open Cluster</source>
        <translation>Cluster ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Refresh &amp;Fleet Overview</source>
        <translation>Flottenübersicht a&amp;ktualisieren</translation>
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
        <translation>Regionen der Verbindung</translation>
    </message>
    <message>
        <source>&amp;Regions…</source>
        <translation>&amp;Regionen…</translation>
    </message>
    <message>
        <source>&amp;Regions: %1…</source>
        <translation>&amp;Regionen: %1…</translation>
    </message>
    <message>
        <source>Choose the regions of this connection that the overview loads</source>
        <translation>Wählen Sie die Regionen dieser Verbindung aus, die die Übersicht lädt</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LoadBalancersPage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Load the region&apos;s load balancers, listeners, rules and target groups again</source>
        <translation>Load Balancer, Listener, Regeln und Zielgruppen der Region erneut laden</translation>
    </message>
    <message>
        <source>Load &amp;Balancers</source>
        <translation>Load &amp;Balancer</translation>
    </message>
    <message>
        <source>Refresh &amp;Load Balancers</source>
        <translation>&amp;Load Balancer aktualisieren</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 calls</source>
        <translation>Wird geladen… %1 von %2 Aufrufen</translation>
    </message>
    <message>
        <source>Load balancers: %1, target groups: %2, with unhealthy targets: %3 (at %4)</source>
        <extracomment>%1, %2, %3: numbers; %4 a time of day</extracomment>
        <translation>Load Balancer: %1, Zielgruppen: %2, mit fehlerhaften Zielen: %3 (um %4)</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Could not load the load balancers: %1</source>
        <translation>Die Load Balancer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LoadBalancingPane</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protocol and port</source>
        <translation>Protokoll und Port</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Deregistration delay</source>
        <translation>Verzögerung der Registrierungsaufhebung</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Loading the target groups of %1 failed: %2</source>
        <translation>Laden der Zielgruppen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Loading the load balancing of %1…</source>
        <translation>Load Balancing von %1 wird geladen…</translation>
    </message>
    <message>
        <source>Reading the service %1 failed: %2</source>
        <translation>Lesen des Service %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The service %1 was not found.</source>
        <translation>Der Service %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The load balancing of %1 could not be read.</source>
        <translation>Das Load Balancing von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Select a service to see its load balancers.</source>
        <translation>Wählen Sie einen Service aus, um seine Load Balancer zu sehen.</translation>
    </message>
    <message>
        <source>This service has no load balancer.</source>
        <translation>Dieser Service hat keinen Load Balancer.</translation>
    </message>
    <message>
        <source>This service is behind the Classic Load Balancer %1; its instances are not shown here.</source>
        <translation>Dieser Service befindet sich hinter dem Classic Load Balancer %1; seine Instanzen werden hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 %2 on %3 every %4 s, timeout %5 s, healthy after %6, unhealthy after %7</source>
        <translation>%1 %2 auf %3 alle %4 s, Zeitlimit %5 s, fehlerfrei nach %6, fehlerhaft nach %7</translation>
    </message>
    <message>
        <source>the traffic port</source>
        <translation>dem Traffic-Port</translation>
    </message>
    <message>
        <source>, expects %1</source>
        <translation>, erwartet %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>(target group not found)</source>
        <translation>(Zielgruppe nicht gefunden)</translation>
    </message>
    <message>
        <source>No task of the cluster has this address.</source>
        <translation>Keine Aufgabe des Clusters hat diese Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n target groups, no targets.</source>
        <translation>
            <numerusform>%n Zielgruppe, keine Ziele.</numerusform>
            <numerusform>%n Zielgruppen, keine Ziele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target groups, %1 targets: %2.</source>
        <translation>
            <numerusform>%n Zielgruppe, %1 Ziele: %2.</numerusform>
            <numerusform>%n Zielgruppen, %1 Ziele: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LogsPane</name>
    <message>
        <source>Filter pattern (CloudWatch syntax: ERROR, &quot;exact phrase&quot;, ?a ?b) — Enter</source>
        <translation>Filtermuster (CloudWatch-Syntax: ERROR, &quot;exakter Ausdruck&quot;, ?a ?b) — Eingabetaste</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Ältere laden</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>No running tasks.</source>
        <translation>Keine laufenden Aufgaben.</translation>
    </message>
    <message>
        <source>Could not find the tasks&apos; logs: %1</source>
        <translation>Die Protokolle der Aufgaben wurden nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The task definition has no containers.</source>
        <translation>Die Aufgabendefinition enthält keine Container.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Filter pattern</source>
        <translation>Filtermuster</translation>
    </message>
    <message>
        <source>Log events</source>
        <translation>Log-Ereignisse</translation>
    </message>
    <message>
        <source>No log events yet</source>
        <translation>Noch keine Log-Ereignisse</translation>
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
        <translation>Navigator</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>Export Pane as &amp;CSV…</source>
        <translation>Bereich als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Pane as &amp;JSON…</source>
        <translation>Bereich als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Copy &amp;ARN</source>
        <translation>&amp;ARN kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>&amp;Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ECS Desk</source>
        <translation>&amp;Über ECS Desk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>About ECS Desk</source>
        <translation>Über ECS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ECS Desk %1&lt;/h3&gt;&lt;p&gt;A native desktop cluster manager for Amazon ECS.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ECS Desk %1&lt;/h3&gt;&lt;p&gt;Ein nativer Desktop-Clustermanager für Amazon ECS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
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
        <translation>In der AWS-&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>ECR &amp;Repositories</source>
        <translation>ECR-&amp;Repositorys</translation>
    </message>
    <message>
        <source>ECR Repositories</source>
        <translation>ECR-Repositorys</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <comment>window title of a read-only connection</comment>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>%1 — %2 — read-only</source>
        <comment>status bar: connection — region — read-only</comment>
        <translation>%1 — %2 — schreibgeschützt</translation>
    </message>
    <message>
        <source>Unknown pane %1: use one of %2.</source>
        <extracomment>%1: the name given to --pane; %2: the pane names it accepts, comma-separated</extracomment>
        <translation>Unbekannter Bereich %1: Verwenden Sie einen von %2.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::MetricsPane</name>
    <message>
        <source>CPU utilization</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>Memory utilization</source>
        <translation>Arbeitsspeicherauslastung</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
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
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not load metrics: %1</source>
        <translation>Metriken konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load deployments: %1</source>
        <translation>Bereitstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n series, %1 datapoints, period %2 s</source>
        <translation>
            <numerusform>%n Datenreihe, %1 Datenpunkte, Zeitraum %2 s</numerusform>
            <numerusform>%n Datenreihen, %1 Datenpunkte, Zeitraum %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Could not look up task %1: %2</source>
        <translation>Aufgabe %1 konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>No Container Insights data for task %1. Per-task metrics need Container Insights turned on for its cluster.</source>
        <translation>Keine Container-Insights-Daten für Task %1. Metriken pro Task setzen voraus, dass Container Insights für seinen Cluster eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>Arbeitsspeicher (%)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Arbeitsspeicher (MiB)</translation>
    </message>
    <message>
        <source>CPU (CPU units)</source>
        <translation>CPU (CPU-Einheiten)</translation>
    </message>
    <message>
        <source>%1 in ALARM</source>
        <translation>%1 im Status ALARM</translation>
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
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections and clusters</source>
        <translation>Verbindungen und Cluster</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>The embedded ECS-compatible endpoint</source>
        <translation>Der eingebettete ECS-kompatible Endpunkt</translation>
    </message>
    <message>
        <source>Local (unavailable)</source>
        <translation>Lokal (nicht verfügbar)</translation>
    </message>
    <message>
        <source>Profile %1 (no region)</source>
        <translation>Profil %1 (keine Region)</translation>
    </message>
    <message>
        <source>Profile %1 (%2)</source>
        <translation>Profil %1 (%2)</translation>
    </message>
    <message>
        <source>static keys</source>
        <translation>statische Schlüssel</translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation>IAM Identity Center (SSO)</translation>
    </message>
    <message>
        <source>assumed role</source>
        <translation>übernommene Rolle</translation>
    </message>
    <message>
        <source>credential process</source>
        <translation>Anmeldeinformationsprozess (credential_process)</translation>
    </message>
    <message>
        <source>Profile %1: %2, region %3</source>
        <translation>Profil %1: %2, Region %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>profile at endpoint URL</comment>
        <translation>%1 an %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cluster(s))</source>
        <translation>
            <numerusform>%1 (%n Cluster)</numerusform>
            <numerusform>%1 (%n Cluster)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Regions…</source>
        <translation>&amp;Regionen…</translation>
    </message>
    <message>
        <source>Select to connect in %1</source>
        <translation>Auswählen, um in %1 zu verbinden</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ObservedItemController</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <source>Auto &amp;Scaling</source>
        <translation>Auto &amp;Scaling</translation>
    </message>
    <message>
        <source>De&amp;ployments</source>
        <translation>&amp;Bereitstellungen</translation>
    </message>
    <message>
        <source>Capacit&amp;y</source>
        <translation>&amp;Kapazität</translation>
    </message>
    <message>
        <source>Load &amp;Balancing</source>
        <translation>&amp;Load Balancing</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::OpenShellDialog</name>
    <message>
        <source>Open Shell</source>
        <translation>Shell öffnen</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>&amp;Open Shell</source>
        <translation>Shell ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Enable ECS Exec on Service</source>
        <translation>ECS Exec für Service &amp;aktivieren</translation>
    </message>
    <message>
        <source>Not in read-only mode: it changes the service.</source>
        <translation>Im schreibgeschützten Modus nicht verfügbar: Ändert den Service.</translation>
    </message>
    <message>
        <source>Turns on enableExecuteCommand and starts a new deployment.</source>
        <translation>Aktiviert enableExecuteCommand und startet eine neue Bereitstellung.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::OpenShellFlow</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The shell opens in a terminal window.</source>
        <translation>Die Shell wird in einem Terminalfenster geöffnet.</translation>
    </message>
    <message>
        <source>The connection&apos;s keys could not be read: %1</source>
        <translation>Die Schlüssel der Verbindung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>ECS Exec is on for service %1: its new deployment starts tasks you can open a shell in.</source>
        <translation>ECS Exec ist für Service %1 aktiviert: Seine neue Bereitstellung startet Aufgaben, in denen Sie eine Shell öffnen können.</translation>
    </message>
    <message>
        <source>Enabling ECS Exec on service %1 (a new deployment replaces its tasks)…</source>
        <translation>ECS Exec wird für Service %1 aktiviert (eine neue Bereitstellung ersetzt seine Aufgaben)…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PageArea</name>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PaneWidget</name>
    <message>
        <source>Filter (text or column:value)</source>
        <translation>Filter (Text oder Spalte:Wert)</translation>
    </message>
    <message>
        <source>Copy &amp;ARN</source>
        <translation>&amp;ARN kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column; searched as text. Columns: %2.</source>
        <translation>„%1“ ist keine Spalte; als Text gesucht. Spalten: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be %2; searched as text. Type more of the column name.</source>
        <translation>„%1“ könnte %2 sein; als Text gesucht. Geben Sie mehr vom Spaltennamen ein.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Export Pane</source>
        <translation>Bereich exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PolicyDialog</name>
    <message>
        <source>default (300 s)</source>
        <translation>Standard (300 s)</translation>
    </message>
    <message>
        <source>&amp;Disable scale-in</source>
        <translation>&amp;Abskalieren deaktivieren</translation>
    </message>
    <message>
        <source>Scaling Policy of %1</source>
        <translation>Skalierungsrichtlinie von %1</translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation>Zielverfolgung</translation>
    </message>
    <message>
        <source>Step scaling</source>
        <translation>Schrittweise Skalierung</translation>
    </message>
    <message>
        <source>Average CPU utilization</source>
        <translation>Durchschnittliche CPU-Auslastung</translation>
    </message>
    <message>
        <source>Average memory utilization</source>
        <translation>Durchschnittliche Arbeitsspeicherauslastung</translation>
    </message>
    <message>
        <source>Requests per target (ALB)</source>
        <translation>Anforderungen pro Ziel (ALB)</translation>
    </message>
    <message>
        <source>Customized metric</source>
        <translation>Benutzerdefinierte Metrik</translation>
    </message>
    <message>
        <source>Name=Value, Name=Value</source>
        <translation>Name=Wert, Name=Wert</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>&amp;Resource label:</source>
        <translation>&amp;Ressourcenbezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Metric na&amp;me:</source>
        <translation>Metrikna&amp;me:</translation>
    </message>
    <message>
        <source>S&amp;tatistic:</source>
        <translation>S&amp;tatistik:</translation>
    </message>
    <message>
        <source>D&amp;imensions:</source>
        <translation>D&amp;imensionen:</translation>
    </message>
    <message>
        <source>&amp;Target value:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>Scale-&amp;out cooldown:</source>
        <translation>Abklingzeit A&amp;ufskalieren:</translation>
    </message>
    <message>
        <source>Scale-i&amp;n cooldown:</source>
        <translation>Abklingzeit A&amp;bskalieren:</translation>
    </message>
    <message>
        <source>Change in capacity</source>
        <translation>Kapazitätsänderung</translation>
    </message>
    <message>
        <source>Percent change in capacity</source>
        <translation>Prozentuale Kapazitätsänderung</translation>
    </message>
    <message>
        <source>Exact capacity</source>
        <translation>Exakte Kapazität</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Adjustment type:</source>
        <translation>&amp;Anpassungstyp:</translation>
    </message>
    <message>
        <source>&amp;Cooldown:</source>
        <translation>Ab&amp;klingzeit:</translation>
    </message>
    <message>
        <source>Metric a&amp;ggregation:</source>
        <translation>Metrik-A&amp;ggregation:</translation>
    </message>
    <message>
        <source>Minimum ad&amp;justment magnitude:</source>
        <translation>Mindestanpassungs&amp;größe:</translation>
    </message>
    <message>
        <source>Step adjustments</source>
        <translation>Schrittanpassungen</translation>
    </message>
    <message>
        <source>Lower bound (blank: -∞)</source>
        <translation>Untere Grenze (leer: -∞)</translation>
    </message>
    <message>
        <source>Upper bound (blank: +∞)</source>
        <translation>Obere Grenze (leer: +∞)</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Bounds are relative to the alarm&apos;s threshold: a metric 15 above a threshold of 70 is in the step from 10 to 20.</source>
        <translation>Die Grenzen beziehen sich auf den Schwellenwert des Alarms: Eine Metrik 15 über einem Schwellenwert von 70 liegt im Schritt von 10 bis 20.</translation>
    </message>
    <message>
        <source>Add S&amp;tep</source>
        <translation>Schri&amp;tt hinzufügen</translation>
    </message>
    <message>
        <source>Remove Ste&amp;p</source>
        <translation>Schritt ent&amp;fernen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Alarm na&amp;me:</source>
        <translation>Alarmna&amp;me:</translation>
    </message>
    <message>
        <source>Alarm na&amp;mespace:</source>
        <translation>Alarm-Na&amp;mespace:</translation>
    </message>
    <message>
        <source>Alarm metric:</source>
        <translation>Alarmmetrik:</translation>
    </message>
    <message>
        <source>Alarm statistic:</source>
        <translation>Alarmstatistik:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>T&amp;hreshold:</source>
        <translation>Sch&amp;wellenwert:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Evaluation periods:</source>
        <translation>Auswertungszeiträume:</translation>
    </message>
    <message>
        <source>Datapoints to alarm:</source>
        <translation>Datenpunkte für Alarm:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Step %1 has a bound or adjustment that is not a number.</source>
        <translation>Schritt %1 hat eine Grenze oder Anpassung, die keine Zahl ist.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwardDialog</name>
    <message>
        <source>To the &amp;container&apos;s port</source>
        <translation>Zum Port des &amp;Containers</translation>
    </message>
    <message>
        <source>To a &amp;remote host through the task</source>
        <translation>Über die Aufgabe zu einem &amp;entfernten Host</translation>
    </message>
    <message>
        <source>Forward a Port</source>
        <translation>Port weiterleiten</translation>
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
        <translation>Entfernter &amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Local port:</source>
        <translation>&amp;Lokaler Port:</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwards</name>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Failed to start: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Ended (exit code %1)</source>
        <translation>Beendet (Exit-Code %1)</translation>
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
        <translation>%1:%2 (über %3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Forwards to</source>
        <translation>Leitet weiter an</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PortForwardsDialog</name>
    <message>
        <source>Port Forwards</source>
        <translation>Portweiterleitungen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>&amp;Alle stoppen</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Jede Sekunde</numerusform>
            <numerusform>Alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language is used the next time ECS Desk starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von ECS Desk verwendet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>&amp;Automatisch aktualisieren:</translation>
    </message>
    <message>
        <source>production, prod-admin</source>
        <translation>produktion, prod-admin</translation>
    </message>
    <message>
        <source>Profiles or connections, separated by commas, whose resources ECS Desk only shows: every action that changes something is disabled.</source>
        <translation>Profile oder Verbindungen, durch Kommas getrennt, deren Ressourcen ECS Desk nur anzeigt: Jede Aktion, die etwas ändert, ist deaktiviert.</translation>
    </message>
    <message>
        <source>&amp;Read-only connections:</source>
        <translation>Schreibgeschützte &amp;Verbindungen:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>The terminal emulator Open Shell runs the AWS CLI in: a program on PATH or a path. Detect tries $TERMINAL, x-terminal-emulator, gnome-terminal, konsole and xterm.</source>
        <translation>Der Terminalemulator, in dem „Shell öffnen“ die AWS CLI ausführt: ein Programm im PATH oder ein Pfad. „Erkennen“ probiert $TERMINAL, x-terminal-emulator, gnome-terminal, konsole und xterm.</translation>
    </message>
    <message>
        <source>&amp;Terminal for Open Shell:</source>
        <translation>&amp;Terminal für „Shell öffnen“:</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::RunTaskDialog</name>
    <message>
        <source>Run Task</source>
        <translation>Aufgabe ausführen</translation>
    </message>
    <message>
        <source>container name (for the overrides)</source>
        <translation>Containername (für die Überschreibungen)</translation>
    </message>
    <message>
        <source>command, space separated</source>
        <translation>Befehl, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>KEY=VALUE, one per line</source>
        <translation>SCHLÜSSEL=WERT, einer pro Zeile</translation>
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
        <translation>distinctInstance oder ein memberOf-Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>&amp;Aufgabendefinition:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Anza&amp;hl:</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>&amp;Starttyp:</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontainer:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>Subne&amp;tze:</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>Sicherheits&amp;gruppen:</translation>
    </message>
    <message>
        <source>Placement &amp;strategy:</source>
        <translation>&amp;Platzierungsstrategie:</translation>
    </message>
    <message>
        <source>Placement co&amp;nstraint:</source>
        <translation>Platzierungs&amp;einschränkung:</translation>
    </message>
    <message>
        <source>Choose a task definition.</source>
        <translation>Wählen Sie eine Aufgabendefinition aus.</translation>
    </message>
    <message>
        <source>Environment line %1 is not KEY=VALUE.</source>
        <translation>Umgebungszeile %1 hat nicht die Form SCHLÜSSEL=WERT.</translation>
    </message>
    <message>
        <source>Name the container the command and environment overrides apply to.</source>
        <translation>Geben Sie den Container an, für den die Überschreibungen von Befehl und Umgebung gelten.</translation>
    </message>
    <message>
        <source>Fargate tasks need at least one subnet.</source>
        <translation>Fargate-Aufgaben benötigen mindestens ein Subnetz.</translation>
    </message>
    <message>
        <source>Capacity provider strategy:</source>
        <translation>Kapazitätsanbieterstrategie:</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScalingPane</name>
    <message>
        <source>&amp;Apply Capacity</source>
        <translation>&amp;Kapazität anwenden</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Apply &amp;Target</source>
        <translation>Ziel&amp;wert anwenden</translation>
    </message>
    <message>
        <source>Scaling policies</source>
        <translation>Skalierungsrichtlinien</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Scheduled actions</source>
        <translation>Geplante Aktionen</translation>
    </message>
    <message>
        <source>Scheduled action</source>
        <translation>Geplante Aktion</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Scaling activities</source>
        <translation>Skalierungsaktivitäten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Mindestkapazität</translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation>Höchstkapazität</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimal:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximal:</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Tar&amp;get value of the selected target tracking policy:</source>
        <translation>&amp;Zielwert der ausgewählten Zielverfolgungsrichtlinie:</translation>
    </message>
    <message>
        <source>Loading auto scaling of %1…</source>
        <translation>Auto Scaling von %1 wird geladen…</translation>
    </message>
    <message>
        <source>Select a service to see its auto scaling.</source>
        <translation>Wählen Sie einen Service aus, um sein Auto Scaling zu sehen.</translation>
    </message>
    <message>
        <source>scale-in</source>
        <translation>Abskalieren</translation>
    </message>
    <message>
        <source>scale-out</source>
        <translation>Aufskalieren</translation>
    </message>
    <message>
        <source>scheduled scaling</source>
        <translation>geplante Skalierung</translation>
    </message>
    <message>
        <source>Scalable target %1: desired count between %2 and %3.</source>
        <translation>Skalierbares Ziel %1: gewünschte Anzahl zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>Scalable target %1: desired count between %2 and %3; suspended: %4.</source>
        <translation>Skalierbares Ziel %1: gewünschte Anzahl zwischen %2 und %3; ausgesetzt: %4.</translation>
    </message>
    <message>
        <source>%1 is not registered for auto scaling: Apply Capacity registers it with this range.</source>
        <translation>%1 ist nicht für Auto Scaling registriert: „Kapazität anwenden“ registriert ihn mit diesem Bereich.</translation>
    </message>
    <message numerus="yes">
        <source>%n policies, %1 alarms, %2 scheduled actions.</source>
        <translation>
            <numerusform>%n Richtlinie, %1 Alarme, %2 geplante Aktionen.</numerusform>
            <numerusform>%n Richtlinien, %1 Alarme, %2 geplante Aktionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2; cooldowns out %3 s, in %4 s%5</source>
        <translation>%1 bei %2; Abklingzeiten: Aufskalieren %3 s, Abskalieren %4 s%5</translation>
    </message>
    <message>
        <source>; scale-in disabled</source>
        <translation>; Abskalieren deaktiviert</translation>
    </message>
    <message>
        <source>%1, cooldown %2 s: %3</source>
        <translation>%1, Abklingzeit %2 s: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation>Zielverfolgung</translation>
    </message>
    <message>
        <source>Step scaling</source>
        <translation>Schrittweise Skalierung</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4, %5 of %6 × %7 s</source>
        <translation>%1 %2 %3 %4, %5 von %6 × %7 s</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>Metrik-Mathematik</translation>
    </message>
    <message>
        <source>Setting the target of %1 to %2…</source>
        <translation>Ziel von %1 wird auf %2 gesetzt…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The minimum capacity cannot be greater than the maximum.</source>
        <translation>Die Mindestkapazität darf nicht größer als die Höchstkapazität sein.</translation>
    </message>
    <message>
        <source>Setting the capacity of %1 to %2-%3…</source>
        <translation>Kapazität von %1 wird auf %2-%3 gesetzt…</translation>
    </message>
    <message>
        <source>Suspend scale-&amp;in</source>
        <translation>&amp;Abskalieren aussetzen</translation>
    </message>
    <message>
        <source>Suspend scale-&amp;out</source>
        <translation>A&amp;ufskalieren aussetzen</translation>
    </message>
    <message>
        <source>Suspend sc&amp;heduled scaling</source>
        <translation>&amp;Geplante Skalierung aussetzen</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>&amp;Neue Richtlinie…</translation>
    </message>
    <message>
        <source>&amp;Edit Policy…</source>
        <translation>Richtlinie &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Policy</source>
        <translation>Richtlinie &amp;löschen</translation>
    </message>
    <message>
        <source>New &amp;Scheduled Action…</source>
        <translation>Neue geplante Akti&amp;on…</translation>
    </message>
    <message>
        <source>Edit Scheduled Actio&amp;n…</source>
        <translation>Geplante Aktion bearb&amp;eiten…</translation>
    </message>
    <message>
        <source>Delete Scheduled Action</source>
        <translation>Geplante Aktion löschen</translation>
    </message>
    <message>
        <source>Double-click an alarm for its history.</source>
        <translation>Doppelklicken Sie auf einen Alarm, um seinen Verlauf anzuzeigen.</translation>
    </message>
    <message>
        <source>Delete Scaling Policy</source>
        <translation>Skalierungsrichtlinie löschen</translation>
    </message>
    <message>
        <source>Delete the scaling policy %1 of %2? A target tracking policy&apos;s alarms go with it, and so do the alarms whose only action is this step scaling policy.</source>
        <translation>Skalierungsrichtlinie %1 von %2 löschen? Die Alarme einer Zielverfolgungsrichtlinie werden mitgelöscht, ebenso die Alarme, deren einzige Aktion diese Richtlinie für schrittweise Skalierung ist.</translation>
    </message>
    <message>
        <source>Delete the scheduled action %1 of %2?</source>
        <translation>Geplante Aktion %1 von %2 löschen?</translation>
    </message>
    <message>
        <source>Saving the target tracking policy %1…</source>
        <translation>Zielverfolgungsrichtlinie %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving the step scaling policy %1…</source>
        <translation>Richtlinie für schrittweise Skalierung %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving the alarm %1 of %2…</source>
        <translation>Alarm %1 von %2 wird gespeichert…</translation>
    </message>
    <message>
        <source>Deleting the scaling policy %1…</source>
        <translation>Skalierungsrichtlinie %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Saving the scheduled action %1…</source>
        <translation>Geplante Aktion %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Deleting the scheduled action %1…</source>
        <translation>Geplante Aktion %1 wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduleBuilderDialog</name>
    <message>
        <source>Edit Scheduled Task %1</source>
        <translation>Geplante Aufgabe %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Scheduled Task</source>
        <translation>Neue geplante Aufgabe</translation>
    </message>
    <message>
        <source>EventBridge Scheduler schedule</source>
        <translation>Zeitplan von EventBridge Scheduler</translation>
    </message>
    <message>
        <source>EventBridge rule</source>
        <translation>EventBridge-Regel</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Schedule &amp;group:</source>
        <translation>Zeitplan&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Every day at...</source>
        <translation>Täglich um...</translation>
    </message>
    <message>
        <source>Monday to Friday at...</source>
        <translation>Montag bis Freitag um...</translation>
    </message>
    <message>
        <source>Once at...</source>
        <translation>Einmalig am...</translation>
    </message>
    <message>
        <source>Custom expression</source>
        <translation>Eigener Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>A&amp;usführung:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>&amp;Once at:</source>
        <translation>&amp;Einmalig am:</translation>
    </message>
    <message>
        <source>at(2030-01-01T09:00:00), rate(10 minutes) or cron(0 9 ? * MON-FRI *)</source>
        <translation>at(2030-01-01T09:00:00), rate(10 minutes) oder cron(0 9 ? * MON-FRI *)</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>Aus&amp;druck:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Flexible window:</source>
        <translation>&amp;Flexibles Zeitfenster:</translation>
    </message>
    <message>
        <source>De&amp;lete the schedule after its last run</source>
        <translation>Zeitplan nach der letzten Ausführung &amp;löschen</translation>
    </message>
    <message>
        <source>Task &amp;definition:</source>
        <translation>Aufgaben&amp;definition:</translation>
    </message>
    <message>
        <source>Task cou&amp;nt:</source>
        <translation>Aufgaben&amp;anzahl:</translation>
    </message>
    <message>
        <source>Cluster default</source>
        <translation>Cluster-Standard</translation>
    </message>
    <message>
        <source>Capacity provider strategy</source>
        <translation>Kapazitätsanbieterstrategie</translation>
    </message>
    <message>
        <source>&amp;Launch:</source>
        <translation>&amp;Starttyp:</translation>
    </message>
    <message>
        <source>FARGATE_SPOT:3, FARGATE:1:1 (name:weight:base)</source>
        <translation>FARGATE_SPOT:3, FARGATE:1:1 (Name:Gewichtung:Basis)</translation>
    </message>
    <message>
        <source>Ca&amp;pacity providers:</source>
        <translation>&amp;Kapazitätsanbieter:</translation>
    </message>
    <message>
        <source>subnet-..., subnet-... (awsvpc tasks)</source>
        <translation>subnet-..., subnet-... (awsvpc-Aufgaben)</translation>
    </message>
    <message>
        <source>S&amp;ubnets:</source>
        <translation>Subne&amp;tze:</translation>
    </message>
    <message>
        <source>sg-...</source>
        <translation>sg-...</translation>
    </message>
    <message>
        <source>Securit&amp;y groups:</source>
        <translation>S&amp;icherheitsgruppen:</translation>
    </message>
    <message>
        <source>Assign a public &amp;IP</source>
        <translation>Öffentliche &amp;IP-Adresse zuweisen</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>LATEST</translation>
    </message>
    <message>
        <source>Platform &amp;version:</source>
        <translation>Plattform&amp;version:</translation>
    </message>
    <message>
        <source>family:&lt;family&gt;</source>
        <translation>family:&lt;Familie&gt;</translation>
    </message>
    <message>
        <source>Task &amp;group:</source>
        <translation>Aufgaben&amp;gruppe:</translation>
    </message>
    <message>
        <source>{&quot;containerOverrides&quot;: [{&quot;name&quot;: &quot;app&quot;, &quot;command&quot;: [&quot;report&quot;]}]}</source>
        <translation>{&quot;containerOverrides&quot;: [{&quot;name&quot;: &quot;app&quot;, &quot;command&quot;: [&quot;report&quot;]}]}</translation>
    </message>
    <message>
        <source>Container &amp;overrides (JSON):</source>
        <translation>Container-&amp;Überschreibungen (JSON):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Retry &amp;attempts:</source>
        <translation>&amp;Wiederholungsversuche:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Retry for at &amp;most:</source>
        <translation>Wiederholen für &amp;höchstens:</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>W&amp;as</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Next runs: (the expression is not valid)</source>
        <translation>Nächste Ausführungen: (der Ausdruck ist ungültig)</translation>
    </message>
    <message>
        <source>Next runs: none</source>
        <translation>Nächste Ausführungen: keine</translation>
    </message>
    <message>
        <source>Next runs (%1): %2</source>
        <translation>Nächste Ausführungen (%1): %2</translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation>Der Dienst hat die Anforderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>Keine Verbindung.</translation>
    </message>
    <message>
        <source>The rule was saved but its target was refused: %1: %2</source>
        <translation>Die Regel wurde gespeichert, aber ihr Ziel wurde abgelehnt: %1: %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledActionDialog</name>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Scheduled Action of %1</source>
        <translation>Geplante Aktion von %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zei&amp;tzone:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum capacity:</source>
        <translation>Mi&amp;ndestkapazität:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum capacity:</source>
        <translation>&amp;Höchstkapazität:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Nächste Ausführungen:</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (hier: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTaskModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, %2 gestartet</translation>
    </message>
    <message>
        <source>%1, failed: %2</source>
        <translation>%1, fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 x%2</source>
        <translation>%1 x%2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Task definition</source>
        <translation>Aufgabendefinition</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Schedule in group %1</source>
        <translation>Zeitplan in Gruppe %1</translation>
    </message>
    <message>
        <source>EventBridge rule</source>
        <translation>EventBridge-Regel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;deaktiviert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Next runs: %1</source>
        <translation>Nächste Ausführungen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>cluster default</source>
        <translation>Cluster-Standard</translation>
    </message>
    <message>
        <source>capacity providers %1</source>
        <translation>Kapazitätsanbieter %1</translation>
    </message>
    <message>
        <source>Runs %1 x %2 (%3) in %4, started by %5</source>
        <translation>Führt %1 x %2 (%3) in %4 aus, gestartet von %5</translation>
    </message>
    <message>
        <source>Network: subnets %1; security groups %2; public IP %3</source>
        <translation>Netzwerk: Subnetze %1; Sicherheitsgruppen %2; öffentliche IP-Adresse %3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Task group: %1</source>
        <translation>Aufgabengruppe: %1</translation>
    </message>
    <message>
        <source>Overrides: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Überschreibungen: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message numerus="yes">
        <source>flexible window %n minute(s)</source>
        <translation>
            <numerusform>flexibles Zeitfenster %n Minute</numerusform>
            <numerusform>flexibles Zeitfenster %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>retries: %1 within %2 s</source>
        <translation>Wiederholungen: %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>No runs recorded.</source>
        <translation>Keine Ausführungen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n run(s), %1 failed:</source>
        <translation>
            <numerusform>%n letzte Ausführung, davon %1 fehlgeschlagen:</numerusform>
            <numerusform>%n letzte Ausführungen, davon %1 fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: started %2 (retry %3)</source>
        <translation>%1: %2 gestartet (Wiederholung %3)</translation>
    </message>
    <message>
        <source>%1: started %2</source>
        <translation>%1: %2 gestartet</translation>
    </message>
    <message>
        <source>%1: &lt;span style=&quot;color:#c0392b&quot;&gt;failed&lt;/span&gt;, %2: %3</source>
        <translation>%1: &lt;span style=&quot;color:#c0392b&quot;&gt;fehlgeschlagen&lt;/span&gt;, %2: %3</translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation> (Wiederholung %1)</translation>
    </message>
    <message>
        <source>; retried at %1</source>
        <translation>; wiederholt um %1</translation>
    </message>
    <message>
        <source>; no retry left</source>
        <translation>; keine Wiederholung mehr übrig</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTaskPage</name>
    <message>
        <source>Sc&amp;heduled Tasks</source>
        <translation>Gep&amp;lante Aufgaben</translation>
    </message>
    <message>
        <source>Run Scheduled Task &amp;Now</source>
        <translation>Geplante Aufgabe &amp;jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>Could not load the scheduled tasks: %1</source>
        <translation>Die geplanten Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Started %1 now.</source>
        <translation>%1 jetzt gestartet.</translation>
    </message>
    <message>
        <source>New Sc&amp;heduled Task...</source>
        <translation>&amp;Neue geplante Aufgabe...</translation>
    </message>
    <message>
        <source>&amp;Edit Scheduled Task...</source>
        <translation>Geplante Aufgabe &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Ena&amp;ble Scheduled Task</source>
        <translation>Geplante Aufgabe a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Disa&amp;ble Scheduled Task</source>
        <translation>Geplante Aufgabe &amp;deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete Scheduled Task...</source>
        <translation>Geplante Aufgabe &amp;löschen...</translation>
    </message>
    <message>
        <source>Scheduled task %1 saved.</source>
        <translation>Geplante Aufgabe %1 gespeichert.</translation>
    </message>
    <message>
        <source>Scheduled task %1 enabled.</source>
        <translation>Geplante Aufgabe %1 aktiviert.</translation>
    </message>
    <message>
        <source>Scheduled task %1 disabled.</source>
        <translation>Geplante Aufgabe %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Delete Scheduled Task</source>
        <translation>Geplante Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete schedule %1? Its task stops running at %2.</source>
        <translation>Zeitplan %1 löschen? Seine Aufgabe wird dann nicht mehr ausgeführt (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Delete rule %1 and its %n target(s)?</source>
        <translation>
            <numerusform>Regel %1 und ihr %n Ziel löschen?</numerusform>
            <numerusform>Regel %1 und ihre %n Ziele löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled task %1 deleted.</source>
        <translation>Geplante Aufgabe %1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTasksView</name>
    <message>
        <source>Scheduled Tasks</source>
        <translation>Geplante Aufgaben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Run the selected schedule&apos;s or rule&apos;s task now, as it would run it</source>
        <translation>Die Aufgabe des ausgewählten Zeitplans oder der ausgewählten Regel jetzt mit denselben Einstellungen ausführen</translation>
    </message>
    <message>
        <source>Could not load the scheduled tasks: %1</source>
        <translation>Die geplanten Aufgaben konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Run Now of %1 failed: %2</source>
        <translation>Sofortausführung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Run Now of %1 placed no task: %2</source>
        <translation>Sofortausführung von %1 hat keine Aufgabe platziert: %2</translation>
    </message>
    <message>
        <source>Run Now of %1 started %2</source>
        <translation>Sofortausführung von %1 hat %2 gestartet</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServiceEditorDialog</name>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Load Balancing</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>New Service</source>
        <translation>Neuer Service</translation>
    </message>
    <message>
        <source>Edit Service %1</source>
        <translation>Service %1 bearbeiten</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>&amp;What Will Change</source>
        <translation>&amp;Was sich ändert</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>An&amp;forderung</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Reset to &amp;Current</source>
        <translation>Auf aktuellen Stand &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Service &amp;name:</source>
        <translation>Service&amp;name:</translation>
    </message>
    <message>
        <source>Sc&amp;heduling:</source>
        <translation>Planungs&amp;strategie:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Scheduling:</source>
        <translation>Planungsstrategie:</translation>
    </message>
    <message>
        <source>&amp;Task definition:</source>
        <translation>&amp;Aufgabendefinition:</translation>
    </message>
    <message>
        <source>&amp;Desired count:</source>
        <translation>Gewünschte An&amp;zahl:</translation>
    </message>
    <message>
        <source>M&amp;inimum healthy percent:</source>
        <translation>M&amp;inimaler Prozentsatz fehlerfreier Aufgaben:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum percent:</source>
        <translation>Ma&amp;ximaler Prozentsatz:</translation>
    </message>
    <message>
        <source>Deployment circuit &amp;breaker</source>
        <translation>Bereitstellungs-&amp;Schutzschalter</translation>
    </message>
    <message>
        <source>Roll back when the circuit breaker trips</source>
        <translation>Zurücksetzen, wenn der Schutzschalter auslöst</translation>
    </message>
    <message>
        <source>CloudWatch &amp;alarms:</source>
        <translation>CloudWatch-&amp;Alarme:</translation>
    </message>
    <message>
        <source>alarm names, separated by commas</source>
        <translation>Alarmnamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Watch the alarms during deployments</source>
        <translation>Alarme während Bereitstellungen überwachen</translation>
    </message>
    <message>
        <source>Roll back when an alarm goes off</source>
        <translation>Zurücksetzen, wenn ein Alarm auslöst</translation>
    </message>
    <message>
        <source>&amp;Force a new deployment</source>
        <translation>Neue Bereitstellung &amp;erzwingen</translation>
    </message>
    <message>
        <source>For task definitions with the awsvpc network mode (Fargate).</source>
        <translation>Für Aufgabendefinitionen mit dem Netzwerkmodus awsvpc (Fargate).</translation>
    </message>
    <message>
        <source>&amp;Subnets:</source>
        <translation>Subne&amp;tze:</translation>
    </message>
    <message>
        <source>subnet IDs, separated by commas</source>
        <translation>Subnetz-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Security &amp;groups:</source>
        <translation>Sicherheits&amp;gruppen:</translation>
    </message>
    <message>
        <source>security group IDs, separated by commas</source>
        <translation>Sicherheitsgruppen-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Assign &amp;public IP:</source>
        <translation>Öffentliche &amp;IP-Adresse zuweisen:</translation>
    </message>
    <message>
        <source>&amp;Constraints:</source>
        <translation>&amp;Einschränkungen:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>a cluster query expression, for memberOf</source>
        <translation>ein Cluster-Abfrageausdruck, für memberOf</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>St&amp;rategie:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>instanceId, attribute:ecs.availability-zone, cpu, memory...</source>
        <translation>instanceId, attribute:ecs.availability-zone, cpu, memory...</translation>
    </message>
    <message>
        <source>&amp;Launch type:</source>
        <translation>&amp;Starttyp:</translation>
    </message>
    <message>
        <source>Launch type:</source>
        <translation>Starttyp:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Platform version:</source>
        <translation>&amp;Plattformversion:</translation>
    </message>
    <message>
        <source>LATEST (Fargate only)</source>
        <translation>LATEST (nur Fargate)</translation>
    </message>
    <message>
        <source>&amp;Load balancers:</source>
        <translation>&amp;Load Balancer:</translation>
    </message>
    <message>
        <source>Target group ARN</source>
        <translation>Zielgruppen-ARN</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Health check &amp;grace period (s):</source>
        <translation>Karenzzeit für Zustandsprüfun&amp;g (s):</translation>
    </message>
    <message>
        <source>Service &amp;registries:</source>
        <translation>Service-&amp;Registrierungen:</translation>
    </message>
    <message>
        <source>Registry ARN</source>
        <translation>Registrierungs-ARN</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>Enable &amp;ECS Exec (execute command)</source>
        <translation>&amp;ECS Exec aktivieren (Befehlsausführung)</translation>
    </message>
    <message>
        <source>&amp;Propagate tags from:</source>
        <translation>Tags &amp;übertragen von:</translation>
    </message>
    <message>
        <source>Amazon ECS &amp;managed tags</source>
        <translation>Von Amazon ECS &amp;verwaltete Tags</translation>
    </message>
    <message>
        <source>&amp;Availability Zone rebalancing:</source>
        <translation>Neuverteilung auf &amp;Availability Zones:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct</source>
        <translation>
            <numerusform>%n Problem zu beheben</numerusform>
            <numerusform>%n Probleme zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 input, as it will be sent:</source>
        <translation>Eingabe für %1, wie sie gesendet wird:</translation>
    </message>
    <message>
        <source>(new service)</source>
        <translation>(neuer Service)</translation>
    </message>
    <message>
        <source>Current service</source>
        <translation>Aktueller Service</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neuer Service</translation>
    </message>
    <message>
        <source>After Apply</source>
        <translation>Nach „Anwenden“</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Not connected: %1 was not sent.</source>
        <translation>Nicht verbunden: %1 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wird gesendet…</translation>
    </message>
    <message>
        <source>Deployment c&amp;ontroller:</source>
        <translation>Bereitstellungs&amp;controller:</translation>
    </message>
    <message>
        <source>Classic load balancer</source>
        <translation>Classic Load Balancer</translation>
    </message>
    <message>
        <source>a Classic Load Balancer&apos;s name</source>
        <translation>der Name eines Classic Load Balancers</translation>
    </message>
    <message>
        <source>Load balancer r&amp;ole:</source>
        <translation>Load-Balancer-R&amp;olle:</translation>
    </message>
    <message>
        <source>an IAM role for a Classic Load Balancer</source>
        <translation>eine IAM-Rolle für einen Classic Load Balancer</translation>
    </message>
    <message>
        <source>Service &amp;Connect (JSON):</source>
        <translation>Service &amp;Connect (JSON):</translation>
    </message>
    <message>
        <source>&amp;Volumes (JSON):</source>
        <translation>&amp;Volumes (JSON):</translation>
    </message>
    <message>
        <source>VPC &amp;Lattice (JSON):</source>
        <translation>VPC &amp;Lattice (JSON):</translation>
    </message>
    <message>
        <source>Capacity provider strategy:</source>
        <translation>Kapazitätsanbieterstrategie:</translation>
    </message>
    <message>
        <source>Attach &amp;Target Group…</source>
        <translation>Zielgruppe an&amp;hängen…</translation>
    </message>
    <message>
        <source>Choose a target group and a container port of the task definition</source>
        <translation>Wählen Sie eine Zielgruppe und einen Container-Port der Aufgabendefinition aus</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServiceListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServicePage</name>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>New &amp;Service…</source>
        <translation>Neuer &amp;Service…</translation>
    </message>
    <message>
        <source>Set &amp;Desired Count…</source>
        <translation>&amp;Gewünschte Anzahl festlegen…</translation>
    </message>
    <message>
        <source>Update to &amp;Revision…</source>
        <translation>Auf &amp;Revision aktualisieren…</translation>
    </message>
    <message>
        <source>&amp;Force New Deployment</source>
        <translation>Neue Bereitstellung &amp;erzwingen</translation>
    </message>
    <message>
        <source>De&amp;lete Service…</source>
        <translation>Service &amp;löschen…</translation>
    </message>
    <message>
        <source>Show &amp;Tasks</source>
        <translation>&amp;Aufgaben anzeigen</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Loading the cluster failed: %1</source>
        <translation>Laden des Clusters fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>Service %1 created.</source>
        <translation>Service %1 erstellt.</translation>
    </message>
    <message>
        <source>Desired count of %1 set to %2.</source>
        <translation>Gewünschte Anzahl von %1 auf %2 festgelegt.</translation>
    </message>
    <message>
        <source>Update to Revision</source>
        <translation>Auf Revision aktualisieren</translation>
    </message>
    <message>
        <source>Task definition for %1 (family:revision):</source>
        <translation>Aufgabendefinition für %1 (Familie:Revision):</translation>
    </message>
    <message>
        <source>%1 is deploying %2.</source>
        <translation>%1 stellt %2 bereit.</translation>
    </message>
    <message>
        <source>A new deployment of %1 started.</source>
        <translation>Eine neue Bereitstellung von %1 wurde gestartet.</translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation>Service löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete service %1 and stop its %n task(s)?</source>
        <translation>
            <numerusform>Service %1 löschen und seine %n Aufgabe stoppen?</numerusform>
            <numerusform>Service %1 löschen und seine %n Aufgaben stoppen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Service %1 deleted.</source>
        <translation>Service %1 gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Edit Service…</source>
        <translation>Service &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Roll &amp;Back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Service %1 updated.</source>
        <translation>Service %1 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::SessionController</name>
    <message>
        <source>Listing the task definitions failed: %1</source>
        <translation>Auflisten der Aufgabendefinitionen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading tasks… %1 of %2</source>
        <translation>Aufgaben werden geladen… %1 von %2</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::SsoLoginDialog</name>
    <message>
        <source>Sign In — Profile %1</source>
        <translation>Anmelden — Profil %1</translation>
    </message>
    <message>
        <source>The AWS CLI could not be started (%1). Install AWS CLI v2 and run &quot;aws sso login --profile %2&quot; in a terminal.</source>
        <translation>Die AWS CLI konnte nicht gestartet werden (%1). Installieren Sie AWS CLI v2 und führen Sie „aws sso login --profile %2“ in einem Terminal aus.</translation>
    </message>
    <message>
        <source>Running &quot;%1 %2&quot;: finish the sign-in in your browser.</source>
        <translation>„%1 %2“ wird ausgeführt: Schließen Sie die Anmeldung in Ihrem Browser ab.</translation>
    </message>
    <message>
        <source>Signed in. Reconnecting profile %1…</source>
        <translation>Angemeldet. Profil %1 wird neu verbunden…</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 was interrupted.</source>
        <translation>Die Anmeldung von Profil %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 failed (exit code %2).</source>
        <translation>Die Anmeldung von Profil %1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::StopTaskDialog</name>
    <message>
        <source>Stop Tasks</source>
        <translation>Aufgaben stoppen</translation>
    </message>
    <message>
        <source>Stopped from ECS Desk</source>
        <translation>Aus ECS Desk gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n task(s)? Their containers are sent SIGTERM, then SIGKILL.</source>
        <translation>
            <numerusform>%n Aufgabe stoppen? Ihre Container erhalten SIGTERM, danach SIGKILL.</numerusform>
            <numerusform>%n Aufgaben stoppen? Ihre Container erhalten SIGTERM, danach SIGKILL.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message numerus="yes">
        <source>The reason is %n character(s) long; ECS keeps at most 255.</source>
        <translation>
            <numerusform>Der Grund ist %n Zeichen lang; ECS speichert höchstens 255.</numerusform>
            <numerusform>Der Grund ist %n Zeichen lang; ECS speichert höchstens 255.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::StrategyEditor</name>
    <message>
        <source>No strategy: tasks without one use the launch type.</source>
        <translation>Keine Strategie: Aufgaben ohne eigene Strategie verwenden den Starttyp.</translation>
    </message>
    <message>
        <source>A&amp;dd Provider</source>
        <translation>Anbieter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Capacity provider</source>
        <translation>Kapazitätsanbieter</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>base </source>
        <translation>Basis </translation>
    </message>
    <message>
        <source>The tasks this provider runs first, before the weights share the rest.</source>
        <translation>Die Aufgaben, die dieser Anbieter zuerst ausführt, bevor die Gewichtungen den Rest aufteilen.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>Gewichtung </translation>
    </message>
    <message>
        <source>The provider&apos;s share of the tasks beyond the base, relative to the other weights.</source>
        <translation>Der Anteil des Anbieters an den Aufgaben über die Basis hinaus, relativ zu den anderen Gewichtungen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TargetGroupPicker</name>
    <message>
        <source>Loading the target groups…</source>
        <translation>Zielgruppen werden geladen…</translation>
    </message>
    <message>
        <source>Attach Target Group</source>
        <translation>Zielgruppe anhängen</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protocol and port</source>
        <translation>Protokoll und Port</translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Container and port</source>
        <translation>Container und Port</translation>
    </message>
    <message>
        <source>&amp;Container and port:</source>
        <translation>&amp;Container und Port:</translation>
    </message>
    <message>
        <source>Reading the target groups failed: %1</source>
        <translation>Lesen der Zielgruppen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(none: no traffic reaches it)</source>
        <translation>(keine: Sie erhält keinen Datenverkehr)</translation>
    </message>
    <message>
        <source>Choose the task definition first</source>
        <translation>Wählen Sie zuerst die Aufgabendefinition aus</translation>
    </message>
    <message>
        <source>Reading the task definition failed: %1</source>
        <translation>Lesen der Aufgabendefinition fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>No container of %1 maps a port</source>
        <translation>Kein Container von %1 ordnet einen Port zu</translation>
    </message>
    <message>
        <source>There is no target group in this region: create one with its load balancer first.</source>
        <translation>In dieser Region gibt es keine Zielgruppe: Erstellen Sie zuerst eine mit ihrem Load Balancer.</translation>
    </message>
    <message>
        <source>Choose the target group the service&apos;s tasks register with, and their container port.</source>
        <translation>Wählen Sie die Zielgruppe, bei der sich die Aufgaben des Service registrieren, und deren Container-Port aus.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskDefinitionEditor</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import task definition</source>
        <translation>Aufgabendefinition importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export task definition</source>
        <translation>Aufgabendefinition exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Compare with source</source>
        <translation>Mit Quelle vergleichen</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Revisionen vergleichen…</translation>
    </message>
    <message>
        <source>Compare revisions</source>
        <translation>Revisionen vergleichen</translation>
    </message>
    <message>
        <source>Before (family:revision or ARN):</source>
        <translation>Vorher (Familie:Revision oder ARN):</translation>
    </message>
    <message>
        <source>After (family:revision or ARN):</source>
        <translation>Nachher (Familie:Revision oder ARN):</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Register and deploy</source>
        <translation>Registrieren und bereitstellen</translation>
    </message>
    <message>
        <source> Cluster: </source>
        <translation> Cluster: </translation>
    </message>
    <message>
        <source> Service: </source>
        <translation> Service: </translation>
    </message>
    <message>
        <source>service name</source>
        <translation>Servicename</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Launch types</source>
        <translation>Starttypen</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Netzwerkmodus</translation>
    </message>
    <message>
        <source>Task CPU (units)</source>
        <translation>Aufgaben-CPU (Einheiten)</translation>
    </message>
    <message>
        <source>Task memory (MiB)</source>
        <translation>Aufgabenarbeitsspeicher (MiB)</translation>
    </message>
    <message>
        <source>Task role ARN</source>
        <translation>ARN der Aufgabenrolle</translation>
    </message>
    <message>
        <source>Execution role ARN</source>
        <translation>ARN der Ausführungsrolle</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>CPU architecture</source>
        <translation>CPU-Architektur</translation>
    </message>
    <message>
        <source>Ephemeral storage (GiB)</source>
        <translation>Flüchtiger Speicher (GiB)</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Host-Pfad</translation>
    </message>
    <message>
        <source>EFS file system</source>
        <translation>EFS-Dateisystem</translation>
    </message>
    <message>
        <source>EFS root</source>
        <translation>EFS-Stammverzeichnis</translation>
    </message>
    <message>
        <source>EFS encryption</source>
        <translation>EFS-Verschlüsselung</translation>
    </message>
    <message>
        <source>Docker scope</source>
        <translation>Docker-Geltungsbereich</translation>
    </message>
    <message>
        <source>Docker driver</source>
        <translation>Docker-Treiber</translation>
    </message>
    <message>
        <source>Autoprovision</source>
        <translation>Automatisch bereitstellen</translation>
    </message>
    <message>
        <source>Placement constraints</source>
        <translation>Platzierungseinschränkungen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxytyp</translation>
    </message>
    <message>
        <source>Proxy container</source>
        <translation>Proxy-Container</translation>
    </message>
    <message>
        <source>Proxy properties</source>
        <translation>Proxy-Eigenschaften</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Wesentlich</translation>
    </message>
    <message>
        <source>Stop the task when this container stops</source>
        <translation>Aufgabe stoppen, wenn dieser Container stoppt</translation>
    </message>
    <message>
        <source>CPU (units)</source>
        <translation>CPU (Einheiten)</translation>
    </message>
    <message>
        <source>Memory hard limit (MiB)</source>
        <translation>Harte Arbeitsspeichergrenze (MiB)</translation>
    </message>
    <message>
        <source>Memory reservation (MiB)</source>
        <translation>Arbeitsspeicherreservierung (MiB)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Docker labels</source>
        <translation>Docker-Labels</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>App protocol</source>
        <translation>App-Protokoll</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Value from (ARN)</source>
        <translation>Wert aus (ARN)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>S3 object ARN</source>
        <translation>S3-Objekt-ARN</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Mount points</source>
        <translation>Mount-Punkte</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Container path</source>
        <translation>Container-Pfad</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Volumes from</source>
        <translation>Volumes von</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Log driver</source>
        <translation>Protokolltreiber</translation>
    </message>
    <message>
        <source>Use awslogs with defaults</source>
        <translation>awslogs mit Standardwerten verwenden</translation>
    </message>
    <message>
        <source>Log group</source>
        <translation>Protokollgruppe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Stream prefix</source>
        <translation>Stream-Präfix</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <source>FireLens router</source>
        <translation>FireLens-Router</translation>
    </message>
    <message>
        <source>FireLens options</source>
        <translation>FireLens-Optionen</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>Intervall (s)</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Start period (s)</source>
        <translation>Startphase (s)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Abhängig von</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Ulimits</source>
        <translation>Ulimits</translation>
    </message>
    <message>
        <source>Soft limit</source>
        <translation>Weiche Grenze</translation>
    </message>
    <message>
        <source>Hard limit</source>
        <translation>Harte Grenze</translation>
    </message>
    <message>
        <source>Add capabilities</source>
        <translation>Capabilities hinzufügen</translation>
    </message>
    <message>
        <source>Drop capabilities</source>
        <translation>Capabilities entfernen</translation>
    </message>
    <message>
        <source>Init process</source>
        <translation>Init-Prozess</translation>
    </message>
    <message>
        <source>Run an init process (reaps zombies)</source>
        <translation>Einen Init-Prozess ausführen (entfernt Zombie-Prozesse)</translation>
    </message>
    <message>
        <source>Use awslogs</source>
        <translation>awslogs verwenden</translation>
    </message>
    <message>
        <source>Parts of this definition have the wrong shape; see the problems list.</source>
        <translation>Teile dieser Definition haben die falsche Struktur; siehe Problemliste.</translation>
    </message>
    <message>
        <source>The JSON has an error (the form shows the last valid state and is locked until the JSON is fixed): %1</source>
        <translation>Das JSON enthält einen Fehler (das Formular zeigt den letzten gültigen Stand und bleibt gesperrt, bis das JSON korrigiert ist): %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>(definition)</source>
        <translation>(Definition)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) block registering</source>
        <translation>
            <numerusform>%n Fehler verhindert das Registrieren</numerusform>
            <numerusform>%n Fehler verhindern das Registrieren</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: registering needs a connection.</source>
        <translation>Nicht verbunden: Zum Registrieren ist eine Verbindung erforderlich.</translation>
    </message>
    <message>
        <source>Fix the errors in the problems list before registering.</source>
        <translation>Beheben Sie vor dem Registrieren die Fehler in der Problemliste.</translation>
    </message>
    <message>
        <source>Choose the cluster and service to deploy to.</source>
        <translation>Wählen Sie den Cluster und den Service für die Bereitstellung aus.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Wird registriert…</translation>
    </message>
    <message>
        <source>Registering failed: %1</source>
        <translation>Registrieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Registering failed</source>
        <translation>Registrieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>%1 registriert</translation>
    </message>
    <message>
        <source>Registered %1; updating %2…</source>
        <translation>%1 registriert; %2 wird aktualisiert…</translation>
    </message>
    <message>
        <source>Deploying to %1 failed: %2</source>
        <translation>Bereitstellen in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deploy failed</source>
        <translation>Bereitstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deployment %1 started on %2 (%3)</source>
        <translation>Bereitstellung %1 auf %2 gestartet (%3)</translation>
    </message>
    <message>
        <source>(opened)</source>
        <translation>(geöffnet)</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comparing failed: %1</source>
        <translation>Vergleichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Recover task definition</source>
        <translation>Aufgabendefinition wiederherstellen</translation>
    </message>
    <message>
        <source>A task definition you were editing was not saved (%1). Restore it?</source>
        <translation>Eine Aufgabendefinition, die Sie bearbeitet haben, wurde nicht gespeichert (%1). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The task definition %1 has changes that are neither registered nor exported.</source>
        <translation>Die Aufgabendefinition %1 enthält Änderungen, die weder registriert noch exportiert wurden.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Task definition editor</source>
        <translation>%1[*] — Aufgabendefinitions-Editor</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The cluster of the service to deploy to</source>
        <translation>Der Cluster des Service, in dem bereitgestellt wird</translation>
    </message>
    <message>
        <source>Move container up</source>
        <translation>Container nach oben verschieben</translation>
    </message>
    <message>
        <source>Move container down</source>
        <translation>Container nach unten verschieben</translation>
    </message>
    <message>
        <source>Cluster to deploy to</source>
        <translation>Ziel-Cluster der Bereitstellung</translation>
    </message>
    <message>
        <source>Service to deploy to</source>
        <translation>Ziel-Service der Bereitstellung</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Differences side by side</source>
        <translation>Unterschiede nebeneinander</translation>
    </message>
    <message>
        <source>Differences as unified text</source>
        <translation>Unterschiede als Unified-Text</translation>
    </message>
    <message>
        <source>Port mappings</source>
        <translation>Portzuordnungen</translation>
    </message>
    <message>
        <source>Still registering the previous revision.</source>
        <translation>Die vorige Revision wird noch registriert.</translation>
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
        <translation>Inaktive Revisionen anzeigen</translation>
    </message>
    <message>
        <source>Also list the deregistered (INACTIVE) revisions of the families</source>
        <translation>Auch die Revisionen der Familien auflisten, deren Registrierung aufgehoben wurde (INACTIVE)</translation>
    </message>
    <message>
        <source>Task &amp;Definitions</source>
        <translation>Aufgaben&amp;definitionen</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>New &amp;Task Definition…</source>
        <translation>Neue Aufgaben&amp;definition…</translation>
    </message>
    <message>
        <source>&amp;Edit as New Revision…</source>
        <translation>Als neue Revision &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;register Revision…</source>
        <translation>&amp;Registrierung der Revision aufheben…</translation>
    </message>
    <message>
        <source>Listing the revisions failed: %1</source>
        <translation>Auflisten der Revisionen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Deregister Task Definition</source>
        <translation>Registrierung der Aufgabendefinition aufheben</translation>
    </message>
    <message>
        <source>Deregister %1? Running tasks keep running; no new task or service can use it.</source>
        <translation>Registrierung von %1 aufheben? Laufende Aufgaben laufen weiter; neue Aufgaben und Services können sie nicht mehr verwenden.</translation>
    </message>
    <message>
        <source>%1 deregistered.</source>
        <translation>Registrierung von %1 aufgehoben.</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskPage</name>
    <message>
        <source>Only failed/stopped</source>
        <translation>Nur fehlgeschlagene/gestoppte</translation>
    </message>
    <message>
        <source>Show stopped tasks only, grouped by their stopped reason</source>
        <translation>Nur gestoppte Aufgaben anzeigen, nach Stoppgrund gruppiert</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Run Task…</source>
        <translation>Aufgabe a&amp;usführen…</translation>
    </message>
    <message>
        <source>S&amp;top Task…</source>
        <translation>Aufgabe &amp;stoppen…</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>A&amp;dresse kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>Task %1 (%2)</source>
        <translation>Aufgabe %1 (%2)</translation>
    </message>
    <message>
        <source>Task started.</source>
        <translation>Aufgabe gestartet.</translation>
    </message>
    <message>
        <source>Task %1 is stopping.</source>
        <translation>Aufgabe %1 wird gestoppt.</translation>
    </message>
    <message>
        <source>Open &amp;Shell…</source>
        <translation>S&amp;hell öffnen…</translation>
    </message>
    <message>
        <source>&amp;Forward a Port…</source>
        <translation>&amp;Port weiterleiten…</translation>
    </message>
    <message>
        <source>Port For&amp;wards…</source>
        <translation>Port&amp;weiterleitungen…</translation>
    </message>
    <message>
        <source>Container %1 has no runtime id yet: wait until it runs.</source>
        <translation>Container %1 hat noch keine Laufzeit-ID: Warten Sie, bis er läuft.</translation>
    </message>
    <message>
        <source>Forwarding localhost:%1 to %2:%3 (Task &gt; Port Forwards… lists and stops it).</source>
        <translation>localhost:%1 wird an %2:%3 weitergeleitet („Aufgabe &gt; Portweiterleitungen…“ listet und stoppt die Weiterleitung).</translation>
    </message>
    <message>
        <source>Port Forwards…</source>
        <translation>Portweiterleitungen…</translation>
    </message>
    <message>
        <source>The connection&apos;s keys could not be read: %1</source>
        <translation>Die Schlüssel der Verbindung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the target health of the load balancers failed: %1</source>
        <translation>Lesen des Zielzustands der Load Balancer fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::WindowStatus</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Vor %1 s aktualisiert</translation>
    </message>
</context>
<context>
    <name>ElbV2Client</name>
    <message>
        <source>The %1 answer is not understood.</source>
        <translation>Die Antwort auf %1 ist unverständlich.</translation>
    </message>
</context>
<context>
    <name>ExecLauncher</name>
    <message>
        <source>The AWS CLI (aws) is not on PATH.</source>
        <translation>Die AWS CLI (aws) ist nicht im PATH.</translation>
    </message>
    <message>
        <source>No terminal emulator found: set $TERMINAL or choose one in Preferences.</source>
        <translation>Kein Terminalemulator gefunden: Setzen Sie $TERMINAL oder wählen Sie einen in den Einstellungen aus.</translation>
    </message>
    <message>
        <source>The terminal %1 was not found.</source>
        <translation>Das Terminal %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No keys are stored in the keychain for this connection.</source>
        <translation>Für diese Verbindung sind keine Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Der Schlüsselbund hat die Anforderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The keychain store is gone.</source>
        <translation>Der Schlüsselbund-Speicher ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>Schlüsselbundeintrag %1</translation>
    </message>
    <message>
        <source>The keychain entry for this connection is damaged.</source>
        <translation>Der Schlüsselbundeintrag für diese Verbindung ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Container %1 has no log configuration: its output is not sent to CloudWatch Logs.</source>
        <translation>Container %1 hat keine Protokollkonfiguration: Seine Ausgabe wird nicht an CloudWatch Logs gesendet.</translation>
    </message>
    <message>
        <source>Container %1 sends its logs through FireLens (awsfirelens) to %2, not to a CloudWatch Logs stream ECS Desk can name.</source>
        <translation>Container %1 sendet seine Protokolle über FireLens (awsfirelens) an %2, nicht an einen CloudWatch Logs-Stream, den ECS Desk benennen kann.</translation>
    </message>
    <message>
        <source>a destination set in the router&apos;s configuration</source>
        <translation>ein in der Konfiguration des Routers festgelegtes Ziel</translation>
    </message>
    <message>
        <source>Container %1 uses the %2 log driver: its logs are not in CloudWatch Logs.</source>
        <translation>Container %1 verwendet den Protokolltreiber %2: Seine Protokolle befinden sich nicht in CloudWatch Logs.</translation>
    </message>
    <message>
        <source>Container %1 uses awslogs without an awslogs-group.</source>
        <translation>Container %1 verwendet awslogs ohne awslogs-group.</translation>
    </message>
    <message>
        <source>Container %1 uses awslogs without awslogs-stream-prefix, so its stream is named by the container&apos;s Docker id, which ECS does not report.</source>
        <translation>Container %1 verwendet awslogs ohne awslogs-stream-prefix; sein Stream ist daher nach der Docker-ID des Containers benannt, die ECS nicht meldet.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>Print, follow or search a task&apos;s or service&apos;s container logs</source>
        <translation>Container-Protokolle einer Aufgabe oder eines Service ausgeben, verfolgen oder durchsuchen</translation>
    </message>
    <message>
        <source>Print the CloudWatch Logs of a task&apos;s or a service&apos;s containers (awslogs), follow them, or search them with a filter pattern.</source>
        <translation>Gibt die CloudWatch Logs der Container einer Aufgabe oder eines Service (awslogs) aus, verfolgt sie oder durchsucht sie mit einem Filtermuster.</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>Clustername oder ARN (erforderlich).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Service: its running tasks.</source>
        <translation>Service: dessen laufende Aufgaben.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Task id or ARN; repeat for several.</source>
        <translation>Aufgaben-ID oder ARN; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Keep printing new events (Ctrl+C stops).</source>
        <translation>Neue Ereignisse fortlaufend ausgeben (Strg+C beendet).</translation>
    </message>
    <message>
        <source>CloudWatch Logs filter pattern (FilterLogEvents).</source>
        <translation>CloudWatch Logs-Filtermuster (FilterLogEvents).</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>With --filter: only events this recent (1h, 2d ...).</source>
        <translation>Mit --filter: nur Ereignisse aus diesem Zeitraum (1h, 2d ...).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Newest events per stream without --filter (default 100).</source>
        <translation>Neueste Ereignisse pro Stream ohne --filter (Standard: 100).</translation>
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
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>--cluster ist erforderlich</translation>
    </message>
    <message>
        <source>give either --service or --task</source>
        <translation>geben Sie entweder --service oder --task an</translation>
    </message>
    <message>
        <source>--follow and --filter cannot be combined</source>
        <translation>--follow und --filter können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000</source>
        <translation>--limit erwartet eine Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>--since &apos;%1&apos; is not a duration like 30m, 1h or 2d</source>
        <translation>--since &apos;%1&apos; ist keine Dauer wie 30m, 1h oder 2d</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: no container of these tasks writes to CloudWatch Logs (awslogs)</source>
        <translation>ecsdesk-cli logs: Kein Container dieser Aufgaben schreibt in CloudWatch Logs (awslogs)</translation>
    </message>
    <message>
        <source>note: more than %1 matches; showing the first</source>
        <translation>Hinweis: mehr als %1 Treffer; es werden nur die ersten angezeigt</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: %1: %2</source>
        <translation>ecsdesk-cli logs: %1: %2</translation>
    </message>
    <message>
        <source>note: no log stream %1 in log group %2 yet</source>
        <translation>Hinweis: noch kein Protokollstream %1 in Protokollgruppe %2</translation>
    </message>
    <message>
        <source>ecsdesk-cli logs: none of these log streams exists yet (nothing logged so far)</source>
        <translation>ecsdesk-cli logs: Keiner dieser Protokollstreams existiert bisher (noch nichts protokolliert)</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Print cluster, service or task metrics as CSV or JSON</source>
        <translation>Cluster-, Service- oder Aufgabenmetriken als CSV oder JSON ausgeben</translation>
    </message>
    <message>
        <source>Print CPU or memory utilization of an ECS cluster, its services or a task as CSV or JSON.</source>
        <translation>Gibt die CPU- oder Arbeitsspeicherauslastung eines ECS-Clusters, seiner Services oder einer Aufgabe als CSV oder JSON aus.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>Clustername (erforderlich).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Service name; repeat to overlay several. Default: the cluster.</source>
        <translation>Servicename; für mehrere überlagerte Datenreihen wiederholen. Standard: der Cluster.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Task id: Container Insights metrics of one task.</source>
        <translation>Aufgaben-ID: Container Insights-Metriken einer Aufgabe.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CPUUtilization (default) or MemoryUtilization.</source>
        <translation>CPUUtilization (Standard) oder MemoryUtilization.</translation>
    </message>
    <message>
        <source>How far back from now: 1h (default), 3h, 12h, 1d, 3d, 1w, 90m ...</source>
        <translation>Zeitraum rückwärts ab jetzt: 1h (Standard), 3h, 12h, 1d, 3d, 1w, 90m ...</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Start time (ISO 8601), instead of --range.</source>
        <translation>Startzeit (ISO 8601), anstelle von --range.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>End time (ISO 8601; default now).</source>
        <translation>Endzeit (ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Seconds per datapoint, a multiple of 60, or auto (default: the smallest within the API limit).</source>
        <translation>Sekunden pro Datenpunkt, ein Vielfaches von 60, oder auto (Standard: der kleinste Wert innerhalb des API-Limits).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Average (default), Minimum, Maximum, Sum, SampleCount, p90 ...</source>
        <translation>Average (Standard), Minimum, Maximum, Sum, SampleCount, p90 ...</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Output format: csv (default) or json.</source>
        <translation>Ausgabeformat: csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>ecsdesk-cli metrics: %1</source>
        <translation>ecsdesk-cli metrics: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>--cluster ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;</source>
        <translation>--format muss csv oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--metric must be CPUUtilization or MemoryUtilization, not &apos;%1&apos;</source>
        <translation>--metric muss CPUUtilization oder MemoryUtilization sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--end &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>--end &apos;%1&apos; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>--start &apos;%1&apos; is not an ISO 8601 time</source>
        <translation>--start &apos;%1&apos; ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>--range &apos;%1&apos; is not a duration like 1h, 3d or 1w</source>
        <translation>--range &apos;%1&apos; ist keine Dauer wie 1h, 3d oder 1w</translation>
    </message>
    <message>
        <source>the start must be before the end</source>
        <translation>der Start muss vor dem Ende liegen</translation>
    </message>
    <message>
        <source>--period must be auto or a positive multiple of 60, not &apos;%1&apos;</source>
        <translation>--period muss auto oder ein positives Vielfaches von 60 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--period %1 over this range asks for %2 datapoints; GetMetricData allows %3</source>
        <translation>--period %1 ergibt über diesen Zeitraum %2 Datenpunkte; GetMetricData erlaubt %3</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>kann nicht auf stdout schreiben</translation>
    </message>
</context>
<context>
    <name>MetricsPane</name>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>3 Stunden</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>OverviewCommand</name>
    <message>
        <source>What needs attention in every profile, region and cluster</source>
        <translation>Was in jedem Profil, jeder Region und jedem Cluster Aufmerksamkeit erfordert</translation>
    </message>
    <message>
        <source>What needs attention in every cluster of every profile and region: services below their desired count, failed or rolled-back deployments, tasks stopped in the last hour by reason, pending and provisioning tasks, capacity and alarms in ALARM.</source>
        <translation>Was in jedem Cluster jedes Profils und jeder Region Aufmerksamkeit erfordert: Services unter ihrer gewünschten Anzahl, fehlgeschlagene oder zurückgesetzte Bereitstellungen, in der letzten Stunde gestoppte Aufgaben nach Grund, ausstehende und in Provisionierung befindliche Aufgaben, Kapazität sowie Alarme im Status ALARM.</translation>
    </message>
    <message>
        <source>AWS profile; repeat for several. Default: the default profile.</source>
        <translation>AWS-Profil; für mehrere wiederholen. Standard: das Standardprofil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AWS region; repeat for several. Default: the profile&apos;s region.</source>
        <translation>AWS-Region; für mehrere wiederholen. Standard: die Region des Profils.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Send every call to this endpoint (moto, local endpoint).</source>
        <translation>Jeden Aufruf an diesen Endpunkt senden (moto, lokaler Endpunkt).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Only the clusters where something needs attention.</source>
        <translation>Nur die Cluster, in denen etwas Aufmerksamkeit erfordert.</translation>
    </message>
    <message>
        <source>ecsdesk-cli overview: %1</source>
        <translation>ecsdesk-cli overview: %1</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &apos;%1&apos;</source>
        <translation>--format muss table, json oder csv sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--endpoint-url &apos;%1&apos; is not a URL</source>
        <translation>--endpoint-url &apos;%1&apos; ist keine URL</translation>
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
        <translation>ecsdesk-cli overview: Schreiben auf stdout nicht möglich</translation>
    </message>
</context>
<context>
    <name>PageTokens</name>
    <message>
        <source>The server returned the same page token twice for %1; stopped listing instead of looping forever.</source>
        <translation>Der Server hat für %1 zweimal dasselbe Seiten-Token geliefert; das Auflisten wurde beendet, statt endlos zu wiederholen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Spread across zones</source>
        <translation>Über Zonen verteilen (spread)</translation>
    </message>
    <message>
        <source>Binpack on memory</source>
        <translation>Nach Arbeitsspeicher packen (binpack)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>ScalingCommand</name>
    <message>
        <source>Print a service&apos;s scaling target, policies, alarms and activities</source>
        <translation>Skalierungsziel, Richtlinien, Alarme und Aktivitäten eines Service ausgeben</translation>
    </message>
    <message>
        <source>ecsdesk-cli scaling: %1</source>
        <translation>ecsdesk-cli scaling: %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 for %5 of %6 x %7 s</source>
        <translation>%1 %2 %3 %4 für %5 von %6 x %7 s</translation>
    </message>
    <message>
        <source>metric math</source>
        <translation>Metrik-Mathematik</translation>
    </message>
    <message>
        <source>%1 is not registered as a scalable target.</source>
        <translation>%1 ist nicht als skalierbares Ziel registriert.</translation>
    </message>
    <message>
        <source>scale-in</source>
        <translation>Abskalieren</translation>
    </message>
    <message>
        <source>scale-out</source>
        <translation>Aufskalieren</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplante Skalierung</translation>
    </message>
    <message>
        <source>Scalable target %1 (%2): min %3, max %4; suspended: %5</source>
        <translation>Skalierbares Ziel %1 (%2): min. %3, max. %4; ausgesetzt: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Policies (%1)</source>
        <translation>Richtlinien (%1)</translation>
    </message>
    <message>
        <source>%1: target tracking, %2 at %3; cooldowns out %4 s, in %5 s%6</source>
        <translation>%1: Zielverfolgung, %2 bei %3; Abklingzeiten: Aufskalieren %4 s, Abskalieren %5 s%6</translation>
    </message>
    <message>
        <source>; scale-in disabled</source>
        <translation>; Abskalieren deaktiviert</translation>
    </message>
    <message>
        <source>%1: step scaling, %2, cooldown %3 s, steps %4</source>
        <translation>%1: schrittweise Skalierung, %2, Abklingzeit %3 s, Schritte %4</translation>
    </message>
    <message>
        <source>alarm %1 (%2)</source>
        <translation>Alarm %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <source>%1 since %2: %3</source>
        <translation>%1 seit %2: %3</translation>
    </message>
    <message>
        <source>; actions disabled</source>
        <translation>; Aktionen deaktiviert</translation>
    </message>
    <message>
        <source>Scheduled actions (%1)</source>
        <translation>Geplante Aktionen (%1)</translation>
    </message>
    <message>
        <source>%1: %2%3, min %4, max %5</source>
        <translation>%1: %2%3, min. %4, max. %5</translation>
    </message>
    <message>
        <source>Recent activities (%1, newest first)</source>
        <translation>Letzte Aktivitäten (%1, neueste zuerst)</translation>
    </message>
    <message>
        <source>Print a service&apos;s auto scaling: the scalable target, its policies, the CloudWatch alarms behind them, scheduled actions and recent activities.</source>
        <translation>Gibt das Auto Scaling eines Service aus: das skalierbare Ziel, seine Richtlinien, die zugehörigen CloudWatch-Alarme, geplante Aktionen und die letzten Aktivitäten.</translation>
    </message>
    <message>
        <source>Cluster name (required).</source>
        <translation>Clustername (erforderlich).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Service name (required).</source>
        <translation>Servicename (erforderlich).</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>How many recent scaling activities to show (default 10).</source>
        <translation>Anzahl der anzuzeigenden letzten Skalierungsaktivitäten (Standard: 10).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster and --service are required</source>
        <translation>--cluster und --service sind erforderlich</translation>
    </message>
    <message>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation>--format muss text oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--activities must be a number, not &apos;%1&apos;</source>
        <translation>--activities muss eine Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>kann nicht auf stdout schreiben</translation>
    </message>
</context>
<context>
    <name>SchedulesCommand</name>
    <message>
        <source>List the schedules and rules that run tasks in a cluster</source>
        <translation>Die Zeitpläne und Regeln auflisten, die Aufgaben in einem Cluster ausführen</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>Clustername oder ARN (erforderlich).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>How many next run times to show (default 3).</source>
        <translation>Anzahl der anzuzeigenden nächsten Ausführungszeiten (Standard: 3).</translation>
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
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster is required</source>
        <translation>--cluster ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &apos;%1&apos;</source>
        <translation>--format muss table, json oder csv sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--next takes a number from 0 to 100</source>
        <translation>--next erwartet eine Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EXPRESSION</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>TASK DEFINITION</source>
        <translation>AUFGABENDEFINITION</translation>
    </message>
    <message>
        <source>NEXT RUN (UTC)</source>
        <translation>NÄCHSTE AUSFÜHRUNG (UTC)</translation>
    </message>
    <message>
        <source>LAST RUN (UTC)</source>
        <translation>LETZTE AUSFÜHRUNG (UTC)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No schedule or rule runs a task in this cluster.</source>
        <translation>Kein Zeitplan und keine Regel führt in diesem Cluster eine Aufgabe aus.</translation>
    </message>
    <message>
        <source>List the EventBridge Scheduler schedules and EventBridge rules that run task definitions in a cluster: expression, next runs, task definition, state and last run.</source>
        <translation>Listet die Zeitpläne von EventBridge Scheduler und die EventBridge-Regeln auf, die Aufgabendefinitionen in einem Cluster ausführen: Ausdruck, nächste Ausführungen, Aufgabendefinition, Status und letzte Ausführung.</translation>
    </message>
    <message>
        <source>ecsdesk-cli schedules: cannot write to stdout</source>
        <translation>ecsdesk-cli schedules: Schreiben auf stdout nicht möglich</translation>
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
        <translation>%1 hat keine Service-Bereitstellungen.</translation>
    </message>
    <message>
        <source>revision %1, trigger %2</source>
        <translation>Revision %1, Auslöser %2</translation>
    </message>
    <message>
        <source>created %1, started %2, finished %3</source>
        <translation>erstellt %1, gestartet %2, abgeschlossen %3</translation>
    </message>
    <message>
        <source>tasks: %1 running, %2 pending of %3 requested</source>
        <translation>Aufgaben: %1 laufend, %2 ausstehend von %3 angefordert</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>Zurücksetzen: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cluster and --service are required</source>
        <translation>--cluster und --service sind erforderlich</translation>
    </message>
    <message>
        <source>Cluster name or ARN (required).</source>
        <translation>Clustername oder ARN (erforderlich).</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Service name or ARN (required).</source>
        <translation>Servicename oder ARN (erforderlich).</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Print a service&apos;s deployments, newest first: the service revision and task definition, when it started and finished, its state, the reason and what triggered it (user, circuit breaker, alarm, auto scaling).</source>
        <translation>Gibt die Bereitstellungen eines Service aus, die neueste zuerst: Service-Revision und Aufgabendefinition, Start und Ende, Status, Grund und Auslöser (Benutzer, Schutzschalter, Alarm, Auto Scaling).</translation>
    </message>
    <message>
        <source>Output format: text (default), json or csv.</source>
        <translation>Ausgabeformat: text (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>How many of the newest deployments to show (default 50).</source>
        <translation>Wie viele der neuesten Bereitstellungen angezeigt werden (Standard: 50).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>--format must be text, json or csv, not &apos;%1&apos;</source>
        <translation>--format muss text, json oder csv sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &apos;%1&apos;</source>
        <translation>--limit muss eine positive Zahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Roll a service back. While a deployment is in progress, stop it with ROLLBACK (StopServiceDeployment); otherwise update the service to an earlier revision&apos;s task definition and settings: the one --to names, or the newest earlier successful one. The differences are printed first.</source>
        <translation>Setzt einen Service zurück. Während eine Bereitstellung läuft, wird sie mit ROLLBACK (StopServiceDeployment) gestoppt; andernfalls wird der Service auf die Aufgabendefinition und die Einstellungen einer früheren Revision aktualisiert: die mit --to angegebene oder die neueste frühere erfolgreiche. Die Unterschiede werden zuerst ausgegeben.</translation>
    </message>
    <message>
        <source>The revision to go back to: a service revision ARN or id, a deployment ARN or id, or a task definition (family:revision).</source>
        <translation>Die Revision, auf die zurückgesetzt wird: ARN oder ID einer Service-Revision, ARN oder ID einer Bereitstellung oder eine Aufgabendefinition (family:revision).</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Print what would change, change nothing.</source>
        <translation>Ausgeben, was sich ändern würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 is in progress: stopping it with ROLLBACK.</source>
        <translation>Bereitstellung %1 von %2 läuft: Sie wird mit ROLLBACK gestoppt.</translation>
    </message>
    <message>
        <source>Updating %1 to revision %2 (%3).</source>
        <translation>%1 wird auf Revision %2 (%3) aktualisiert.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Rollback requested.</source>
        <translation>Zurücksetzen angefordert.</translation>
    </message>
    <message>
        <source>Deployment started.</source>
        <translation>Bereitstellung gestartet.</translation>
    </message>
    <message>
        <source>Usage: ecsdesk-cli service deployments|rollback [options]</source>
        <translation>Verwendung: ecsdesk-cli service deployments|rollback [Optionen]</translation>
    </message>
    <message>
        <source>expected &apos;deployments&apos; or &apos;rollback&apos;</source>
        <translation>&apos;deployments&apos; oder &apos;rollback&apos; erwartet</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (expected &apos;deployments&apos; or &apos;rollback&apos;)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (&apos;deployments&apos; oder &apos;rollback&apos; erwartet)</translation>
    </message>
    <message>
        <source>Print a service&apos;s deployments, or roll it back</source>
        <translation>Die Bereitstellungen eines Service ausgeben oder ihn zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Export whole clusters as JSON or CSV</source>
        <translation>Ganze Cluster als JSON oder CSV exportieren</translation>
    </message>
    <message>
        <source>Fetch whole ECS clusters (services, tasks, container instances, task definitions) and print them as JSON or CSV.</source>
        <translation>Ruft ganze ECS-Cluster ab (Services, Aufgaben, Container-Instanzen, Aufgabendefinitionen) und gibt sie als JSON oder CSV aus.</translation>
    </message>
    <message>
        <source>Cluster name or ARN; repeat for several. Default: all clusters.</source>
        <translation>Clustername oder ARN; für mehrere wiederholen. Standard: alle Cluster.</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Ausgabeformat: json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Leave out tasks whose desired status is STOPPED.</source>
        <translation>Aufgaben auslassen, deren gewünschter Status STOPPED ist.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Per-request timeout in seconds (default 30).</source>
        <translation>Zeitlimit pro Anforderung in Sekunden (Standard: 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Kein Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: %1</source>
        <translation>ecsdesk-cli snapshot: %1</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: listing clusters failed: %1</source>
        <translation>ecsdesk-cli snapshot: Auflisten der Cluster fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>  %1/%2 calls, %3 services, %4 tasks, %5 instances, %6 task definitions</source>
        <translation>  %1/%2 Aufrufe, %3 Services, %4 Aufgaben, %5 Instanzen, %6 Aufgabendefinitionen</translation>
    </message>
    <message>
        <source>Loading cluster %1 ...</source>
        <translation>Cluster %1 wird geladen ...</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: cluster %1: %2</source>
        <translation>ecsdesk-cli snapshot: Cluster %1: %2</translation>
    </message>
    <message>
        <source>Cluster %1: %2 services, %3 tasks, %4 container instances, %5 task definitions, %6 calls, %7 ms</source>
        <translation>Cluster %1: %2 Services, %3 Aufgaben, %4 Container-Instanzen, %5 Aufgabendefinitionen, %6 Aufrufe, %7 ms</translation>
    </message>
    <message>
        <source>ecsdesk-cli snapshot: cannot write to stdout</source>
        <translation>ecsdesk-cli snapshot: Schreiben auf stdout nicht möglich</translation>
    </message>
    <message>
        <source>Most API calls in flight at once (default 96).</source>
        <translation>Höchstzahl gleichzeitig laufender API-Aufrufe (Standard 96).</translation>
    </message>
    <message>
        <source>Attempts per request against server errors, network failures and timeouts, retries included (default %1); throttling is retried for up to %2 s.</source>
        <translation>Versuche je Anfrage bei Serverfehlern, Netzwerkfehlern und Zeitüberschreitungen, Wiederholungen eingeschlossen (Standard %1); Drosselung wird bis zu %2 s lang wiederholt.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format muss json oder csv sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-in-flight, --timeout and --max-attempts take positive numbers</source>
        <translation>--max-in-flight, --timeout und --max-attempts erwarten positive Zahlen</translation>
    </message>
</context>
<context>
    <name>SsoClient</name>
    <message>
        <source>The SSO portal answer has no role credentials.</source>
        <translation>Die Antwort des SSO-Portals enthält keine Rollen-Anmeldeinformationen.</translation>
    </message>
</context>
<context>
    <name>StsClient</name>
    <message>
        <source>The AssumeRole answer has no credentials.</source>
        <translation>Die AssumeRole-Antwort enthält keine Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>The GetCallerIdentity answer is not understood.</source>
        <translation>Die GetCallerIdentity-Antwort ist unverständlich.</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionDiff</name>
    <message>
        <source>(added)</source>
        <translation>(hinzugefügt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
</context>
<context>
    <name>TaskDefinitionJson</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; here (is a comma missing?)</source>
        <translation>hier wird &apos;,&apos; oder &apos;}&apos; erwartet (fehlt ein Komma?)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; here (is a comma missing?)</source>
        <translation>hier wird &apos;,&apos; oder &apos;]&apos; erwartet (fehlt ein Komma?)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the field name</source>
        <translation>nach dem Feldnamen wird &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between values</source>
        <translation>zwischen Werten wird &apos;,&apos; erwartet</translation>
    </message>
    <message>
        <source>not a JSON value (strings need double quotes; true, false and null are lower case; no trailing commas)</source>
        <translation>kein JSON-Wert (Zeichenketten brauchen doppelte Anführungszeichen; true, false und null werden kleingeschrieben; keine nachgestellten Kommas)</translation>
    </message>
    <message>
        <source>a string is not closed with a double quote</source>
        <translation>eine Zeichenkette ist nicht mit einem doppelten Anführungszeichen abgeschlossen</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a task definition must be a JSON object, not %1</source>
        <translation>eine Aufgabendefinition muss ein JSON-Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a scalar value</source>
        <translation>ein skalarer Wert</translation>
    </message>
    <message>
        <source>taskDefinition must be an object holding the task definition</source>
        <translation>taskDefinition muss ein Objekt sein, das die Aufgabendefinition enthält</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a string such as &quot;1024&quot;</source>
        <translation>eine Zeichenkette wie &quot;1024&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>eine Liste von Objekten</translation>
    </message>
    <message>
        <source>an object of string values</source>
        <translation>ein Objekt mit Zeichenkettenwerten</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>unbekanntes Feld „%1“: Meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>%1 is null, which the ECS API does not accept: remove it or give it a value</source>
        <translation>%1 ist null, was die ECS-API nicht akzeptiert: Entfernen Sie es oder geben Sie einen Wert an</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3</source>
        <translation>%1 muss %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>each element of %1 must be %2, but this one is %3</source>
        <translation>jedes Element von %1 muss %2 sein, dieses ist aber %3</translation>
    </message>
    <message>
        <source>the value of %1 must be a string, but it is %2</source>
        <translation>der Wert von %1 muss eine Zeichenkette sein, ist aber %2</translation>
    </message>
    <message>
        <source>every volume needs a name that mount points refer to</source>
        <translation>jedes Volume braucht einen Namen, auf den Mount-Punkte verweisen</translation>
    </message>
    <message>
        <source>another volume is already named &quot;%1&quot;</source>
        <translation>ein anderes Volume heißt bereits „%1“</translation>
    </message>
    <message>
        <source>family is required: it names the task definition that each registration adds a revision to</source>
        <translation>family ist erforderlich: Sie benennt die Aufgabendefinition, der jede Registrierung eine Revision hinzufügt</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; contains a template placeholder; it is checked after substitution</source>
        <translation>family „%1“ enthält einen Vorlagenplatzhalter; sie wird nach der Ersetzung geprüft</translation>
    </message>
    <message>
        <source>a task definition needs at least one container in containerDefinitions</source>
        <translation>eine Aufgabendefinition braucht mindestens einen Container in containerDefinitions</translation>
    </message>
    <message>
        <source>network mode &quot;%1&quot; is not one of bridge, host, awsvpc or none</source>
        <translation>Netzwerkmodus „%1“ ist keiner von bridge, host, awsvpc oder none</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a launch type: use EC2, FARGATE or EXTERNAL</source>
        <translation>„%1“ ist kein Starttyp: Verwenden Sie EC2, FARGATE oder EXTERNAL</translation>
    </message>
    <message>
        <source>ephemeral storage must be a whole number of GiB from 21 to 200</source>
        <translation>flüchtiger Speicher muss eine ganze Zahl von GiB zwischen 21 und 200 sein</translation>
    </message>
    <message>
        <source>at least one container must be essential (essential defaults to true when left out)</source>
        <translation>mindestens ein Container muss wesentlich sein (essential ist standardmäßig true, wenn es fehlt)</translation>
    </message>
    <message>
        <source>%1 contains a template placeholder; it is checked after substitution</source>
        <translation>%1 enthält einen Vorlagenplatzhalter; es wird nach der Ersetzung geprüft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IAM role ARN (arn:aws:iam::123456789012:role/name)</source>
        <translation>„%1“ ist kein IAM-Rollen-ARN (arn:aws:iam::123456789012:role/name)</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; in %2 looks like a placeholder: put the real 12-digit account ID</source>
        <translation>Konto „%1“ in %2 sieht nach einem Platzhalter aus: Geben Sie die echte 12-stellige Konto-ID an</translation>
    </message>
    <message>
        <source>account ID %1 in %2 has %3 digits; AWS account IDs have 12</source>
        <translation>Konto-ID %1 in %2 hat %3 Ziffern; AWS-Konto-IDs haben 12</translation>
    </message>
    <message>
        <source>Fargate tasks cannot have placement constraints</source>
        <translation>Fargate-Aufgaben können keine Platzierungseinschränkungen haben</translation>
    </message>
    <message>
        <source>Fargate tasks do not support ipcMode</source>
        <translation>Fargate-Aufgaben unterstützen ipcMode nicht</translation>
    </message>
    <message>
        <source>Fargate does not support %1 (container %2)</source>
        <translation>Fargate unterstützt %1 nicht (Container %2)</translation>
    </message>
    <message>
        <source>Fargate does not support Docker volumes; use a bind mount (no host) or EFS</source>
        <translation>Fargate unterstützt keine Docker-Volumes; verwenden Sie einen Bind-Mount (ohne host) oder EFS</translation>
    </message>
    <message>
        <source>Fargate tasks cannot mount a host path; leave host out for a task-scoped volume</source>
        <translation>Fargate-Aufgaben können keinen Host-Pfad einhängen; lassen Sie host weg, um ein aufgabenbezogenes Volume zu erhalten</translation>
    </message>
    <message>
        <source>container %1 may use up to %2 MiB, more than the task&apos;s %3 MiB</source>
        <translation>Container %1 darf bis zu %2 MiB verwenden, mehr als die %3 MiB der Aufgabe</translation>
    </message>
    <message>
        <source>container name &quot;%1&quot; contains a template placeholder</source>
        <translation>Containername „%1“ enthält einen Vorlagenplatzhalter</translation>
    </message>
    <message>
        <source>a container needs at least 6 MiB of memory, not %1</source>
        <translation>ein Container braucht mindestens 6 MiB Arbeitsspeicher, nicht %1</translation>
    </message>
    <message>
        <source>an environment variable needs a name</source>
        <translation>eine Umgebungsvariable braucht einen Namen</translation>
    </message>
    <message>
        <source>environment variable %1 is set more than once; only one value takes effect</source>
        <translation>Umgebungsvariable %1 ist mehrfach gesetzt; nur ein Wert wird wirksam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Secrets Manager secret ARN</source>
        <translation>„%1“ ist kein Secrets Manager-Secret-ARN</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; contains a template placeholder; it is checked after substitution</source>
        <translation>Image „%1“ enthält einen Vorlagenplatzhalter; es wird nach der Ersetzung geprüft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid image reference: [registry/]repository[:tag][@sha256:digest], repository in lower case</source>
        <translation>„%1“ ist keine gültige Image-Referenz: [registry/]repository[:tag][@sha256:digest], repository in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>protocol &quot;%1&quot; is not tcp or udp</source>
        <translation>Protokoll „%1“ ist weder tcp noch udp</translation>
    </message>
    <message>
        <source>a port mapping needs a containerPort</source>
        <translation>eine Portzuordnung braucht einen containerPort</translation>
    </message>
    <message>
        <source>port %1 is not between 1 and 65535</source>
        <translation>Port %1 liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>host port %1 is not between 0 and 65535</source>
        <translation>Host-Port %1 liegt nicht zwischen 0 und 65535</translation>
    </message>
    <message>
        <source>port %1 is already mapped by %2</source>
        <translation>Port %1 ist bereits durch %2 zugeordnet</translation>
    </message>
    <message>
        <source>links only work in bridge network mode; this task uses %1</source>
        <translation>links funktionieren nur im Netzwerkmodus bridge; diese Aufgabe verwendet %1</translation>
    </message>
    <message>
        <source>links to container &quot;%1&quot;, which this task definition does not have</source>
        <translation>links auf Container „%1“, den diese Aufgabendefinition nicht hat</translation>
    </message>
    <message>
        <source>a dependency needs the containerName it waits for</source>
        <translation>eine Abhängigkeit braucht den containerName, auf den sie wartet</translation>
    </message>
    <message>
        <source>container %1 cannot depend on itself</source>
        <translation>Container %1 kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <source>depends on container &quot;%1&quot;, which this task definition does not have</source>
        <translation>hängt von Container „%1“ ab, den diese Aufgabendefinition nicht hat</translation>
    </message>
    <message>
        <source>condition &quot;%1&quot; is not one of START, COMPLETE, SUCCESS or HEALTHY</source>
        <translation>Bedingung „%1“ ist keine von START, COMPLETE, SUCCESS oder HEALTHY</translation>
    </message>
    <message>
        <source>waiting for %1 to be HEALTHY needs a healthCheck on %1</source>
        <translation>um darauf zu warten, dass %1 HEALTHY ist, braucht %1 einen healthCheck</translation>
    </message>
    <message>
        <source>%1 cannot wait for %2 to %3: %2 is essential, and the task stops when it exits; make %2 non-essential</source>
        <translation>%1 kann nicht auf %3 von %2 warten: %2 ist wesentlich, und die Aufgabe stoppt, wenn er beendet wird; machen Sie %2 nicht wesentlich</translation>
    </message>
    <message>
        <source>container %1 cannot mount volumes from itself</source>
        <translation>Container %1 kann keine Volumes von sich selbst einhängen</translation>
    </message>
    <message>
        <source>volumes from container &quot;%1&quot;, which this task definition does not have</source>
        <translation>Volumes von Container „%1“, den diese Aufgabendefinition nicht hat</translation>
    </message>
    <message>
        <source>mount point uses volume &quot;%1&quot;, which is not among the task&apos;s volumes</source>
        <translation>Mount-Punkt verwendet Volume „%1“, das nicht zu den Volumes der Aufgabe gehört</translation>
    </message>
    <message>
        <source>a mount point needs the containerPath to mount at</source>
        <translation>ein Mount-Punkt braucht den containerPath, an dem eingehängt wird</translation>
    </message>
    <message>
        <source>containers depend on each other in a cycle: %1</source>
        <translation>Container hängen zyklisch voneinander ab: %1</translation>
    </message>
    <message>
        <source>a secret needs the name it is exposed as</source>
        <translation>ein Secret braucht den Namen, unter dem es bereitgestellt wird</translation>
    </message>
    <message>
        <source>a secret needs valueFrom: a Secrets Manager ARN or an SSM parameter ARN or name</source>
        <translation>ein Secret braucht valueFrom: einen Secrets Manager-ARN oder einen SSM-Parameter-ARN bzw. -Namen</translation>
    </message>
    <message>
        <source>valueFrom contains a template placeholder; it is checked after substitution</source>
        <translation>valueFrom enthält einen Vorlagenplatzhalter; es wird nach der Ersetzung geprüft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Secrets Manager secret ARN or an SSM parameter ARN</source>
        <translation>„%1“ ist weder ein Secrets Manager-Secret-ARN noch ein SSM-Parameter-ARN</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; in valueFrom is not a 12-digit account ID; is it a placeholder?</source>
        <translation>Konto „%1“ in valueFrom ist keine 12-stellige Konto-ID; ist es ein Platzhalter?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an ARN nor an SSM parameter name</source>
        <translation>„%1“ ist weder ein ARN noch ein SSM-Parametername</translation>
    </message>
    <message>
        <source>a log configuration needs a logDriver</source>
        <translation>eine Protokollkonfiguration braucht einen logDriver</translation>
    </message>
    <message>
        <source>log driver &quot;%1&quot; is not one of %2</source>
        <translation>Protokolltreiber „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>the awslogs driver needs the awslogs-group option: the log group to write to</source>
        <translation>der Treiber awslogs braucht die Option awslogs-group: die Protokollgruppe, in die geschrieben wird</translation>
    </message>
    <message>
        <source>the awslogs driver needs the awslogs-region option: the region of the log group</source>
        <translation>der Treiber awslogs braucht die Option awslogs-region: die Region der Protokollgruppe</translation>
    </message>
    <message>
        <source>on Fargate the awslogs driver needs the awslogs-stream-prefix option</source>
        <translation>auf Fargate braucht der Treiber awslogs die Option awslogs-stream-prefix</translation>
    </message>
    <message>
        <source>the awsfirelens driver needs a log router container with a firelensConfiguration</source>
        <translation>der Treiber awsfirelens braucht einen Protokollrouter-Container mit firelensConfiguration</translation>
    </message>
    <message>
        <source>a health check needs a command, e.g. [&quot;CMD-SHELL&quot;, &quot;curl -f http://localhost/ || exit 1&quot;]</source>
        <translation>eine Zustandsprüfung braucht einen Befehl, z. B. [&quot;CMD-SHELL&quot;, &quot;curl -f http://localhost/ || exit 1&quot;]</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ulimit name: use one of %2</source>
        <translation>„%1“ ist kein Ulimit-Name: Verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>a ulimit needs both softLimit and hardLimit</source>
        <translation>ein Ulimit braucht sowohl softLimit als auch hardLimit</translation>
    </message>
    <message>
        <source>softLimit (%1) must not be more than hardLimit (%2)</source>
        <translation>softLimit (%1) darf nicht größer sein als hardLimit (%2)</translation>
    </message>
    <message>
        <source>the task definition is %1 KiB of JSON; ECS accepts at most %2 KiB</source>
        <translation>die Aufgabendefinition umfasst %1 KiB JSON; ECS akzeptiert höchstens %2 KiB</translation>
    </message>
    <message>
        <source>a health check command usually starts with CMD, CMD-SHELL or NONE, not &quot;%1&quot;</source>
        <translation>ein Befehl der Zustandsprüfung beginnt üblicherweise mit CMD, CMD-SHELL oder NONE, nicht mit „%1“</translation>
    </message>
</context>
<context>
    <name>TdCommand</name>
    <message>
        <source>Task definitions: validate FILE..., diff A B, export FILE</source>
        <translation>Aufgabendefinitionen: validate DATEI..., diff A B, export DATEI</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Usage: ecsdesk-cli td validate [--errors-only] [--warnings-as-errors] [--format text|json] FILE...</source>
        <translation>Verwendung: ecsdesk-cli td validate [--errors-only] [--warnings-as-errors] [--format text|json] DATEI...</translation>
    </message>
    <message>
        <source>       ecsdesk-cli td diff [--format text|json] BEFORE AFTER</source>
        <translation>            ecsdesk-cli td diff [--format text|json] VORHER NACHHER</translation>
    </message>
    <message>
        <source>       ecsdesk-cli td export FILE</source>
        <translation>            ecsdesk-cli td export DATEI</translation>
    </message>
    <message>
        <source>validate  checks task definitions (bare or DescribeTaskDefinition output); prints
          &apos;file: path: severity: message&apos; and exits 1 when there are errors.
          FILE &apos;-&apos; reads standard input; a folder stands for its *.json files.</source>
        <translation>validate  prüft Aufgabendefinitionen (einzeln oder als DescribeTaskDefinition-Ausgabe);
          gibt &apos;Datei: Pfad: Schweregrad: Meldung&apos; aus und endet mit 1, wenn es Fehler gibt.
          DATEI &apos;-&apos; liest die Standardeingabe; ein Ordner steht für seine *.json-Dateien.</translation>
    </message>
    <message>
        <source>diff      compares two task definitions structurally; exits 1 when they differ.</source>
        <translation>diff      vergleicht zwei Aufgabendefinitionen strukturell; endet mit 1, wenn sie sich unterscheiden.</translation>
    </message>
    <message>
        <source>export    prints the registrable JSON (unwrapped, read-only fields dropped), for
          aws ecs register-task-definition --cli-input-json.</source>
        <translation>export    gibt das registrierbare JSON aus (entpackt, schreibgeschützte Felder entfernt), für
          aws ecs register-task-definition --cli-input-json.</translation>
    </message>
    <message>
        <source>Print errors only, not warnings.</source>
        <translation>Nur Fehler ausgeben, keine Warnungen.</translation>
    </message>
    <message>
        <source>Exit 1 on warnings too.</source>
        <translation>Auch bei Warnungen mit 1 beenden.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1 file(s) checked: %2 error(s), %3 warning(s)</source>
        <translation>%1 Datei(en) geprüft: %2 Fehler, %3 Warnung(en)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>ecsdesk-cli td: unknown subcommand &apos;%1&apos;</source>
        <translation>ecsdesk-cli td: unbekannter Unterbefehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the input is more than %1 MiB; a task definition is at most %2 KiB of JSON (ECS&apos;s limit), so it was not read</source>
        <translation>die Eingabe ist größer als %1 MiB; eine Aufgabendefinition umfasst höchstens %2 KiB JSON (Grenze von ECS), daher wurde sie nicht gelesen</translation>
    </message>
    <message>
        <source>the file is %1 MiB; a task definition is at most %2 KiB of JSON (ECS&apos;s limit), so it was not read</source>
        <translation>die Datei ist %1 MiB groß; eine Aufgabendefinition umfasst höchstens %2 KiB JSON (Grenze von ECS), daher wurde sie nicht gelesen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: ecsdesk-cli &lt;command&gt; [options]</source>
        <translation>Verwendung: ecsdesk-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>No commands are implemented yet.</source>
        <translation>Es sind noch keine Befehle implementiert.</translation>
    </message>
    <message>
        <source>Run &apos;ecsdesk-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Führen Sie &apos;ecsdesk-cli &lt;Befehl&gt; --help&apos; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>ecsdesk-cli: unknown command &apos;%1&apos;</source>
        <translation>ecsdesk-cli: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Local Amazon ECS, CloudWatch, CloudWatch Logs and Application Auto Scaling endpoint.</source>
        <translation>Lokaler Endpunkt für Amazon ECS, CloudWatch, CloudWatch Logs und Application Auto Scaling.</translation>
    </message>
    <message>
        <source>Port (0 = a free port).</source>
        <translation>Port (0 = ein freier Port).</translation>
    </message>
    <message>
        <source>Directory for the store and the credentials.</source>
        <translation>Verzeichnis für den Datenspeicher und die Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>Region.</source>
        <translation>Region.</translation>
    </message>
    <message>
        <source>Initial content of an empty data dir: demo or none.</source>
        <translation>Anfangsinhalt eines leeren Datenverzeichnisses: demo oder none.</translation>
    </message>
    <message>
        <source>Milliseconds added to every answer.</source>
        <translation>Millisekunden, die zu jeder Antwort hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Share of requests (0..1) answered with ThrottlingException or a 500.</source>
        <translation>Anteil der Anforderungen (0..1), die mit ThrottlingException oder 500 beantwortet werden.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Delay of each task lifecycle step in milliseconds (default: ECS-like delays of 2-6 s).</source>
        <translation>Dauer jedes Schritts im Aufgabenlebenszyklus in Millisekunden (Standard: ECS-ähnliche Verzögerungen von 2–6 s).</translation>
    </message>
    <message>
        <source>Do not run the simulation: tasks stay where the API put them.</source>
        <translation>Keine Simulation ausführen: Aufgaben bleiben, wo die API sie abgelegt hat.</translation>
    </message>
    <message>
        <source>ecsdesk-local: %1</source>
        <translation>ecsdesk-local: %1</translation>
    </message>
    <message>
        <source>ecsdesk-local listening on %1 (region %2, data in %3)</source>
        <translation>ecsdesk-local lauscht auf %1 (Region %2, Daten in %3)</translation>
    </message>
    <message>
        <source>Use it with the AWS CLI:</source>
        <translation>Verwendung mit der AWS CLI:</translation>
    </message>
    <message>
        <source>Native desktop cluster manager for Amazon ECS.</source>
        <translation>Nativer Desktop-Clustermanager für Amazon ECS.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>pane</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Show only failed/stopped tasks, grouped by stopped reason.</source>
        <translation>Nur fehlgeschlagene/gestoppte Aufgaben anzeigen, nach Stoppgrund gruppiert.</translation>
    </message>
    <message>
        <source>Salvage a damaged store: keep every record that can still be read, report what was lost, move the damaged file aside, then exit.</source>
        <translation>Einen beschädigten Speicher retten: jeden noch lesbaren Datensatz behalten, Verlorenes melden, die beschädigte Datei beiseitelegen, dann beenden.</translation>
    </message>
    <message>
        <source>Start ecsdesk-local again to serve what was kept.</source>
        <translation>Starten Sie ecsdesk-local erneut, um das Behaltene bereitzustellen.</translation>
    </message>
    <message>
        <source>Connect with this profile of the AWS config at start (as the AWS CLI).</source>
        <translation>Beim Start mit diesem Profil der AWS-Konfiguration verbinden (wie die AWS CLI).</translation>
    </message>
    <message>
        <source>The region to use with --profile instead of the profile&apos;s.</source>
        <translation>Die Region, die mit --profile statt der des Profils verwendet wird.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Send every request of --profile to this URL (moto, LocalStack, a proxy).</source>
        <translation>Jede Anfrage von --profile an diese URL senden (moto, LocalStack, ein Proxy).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open this cluster at start (of --profile, else of the Local connection).</source>
        <translation>Diesen Cluster beim Start öffnen (von --profile, sonst der lokalen Verbindung).</translation>
    </message>
    <message>
        <source>Not a URL: %1</source>
        <translation>Keine URL: %1</translation>
    </message>
    <message>
        <source>--region and --endpoint-url go with --profile.</source>
        <translation>--region und --endpoint-url gehören zu --profile.</translation>
    </message>
    <message>
        <source>Run simulated time N times faster than wall-clock time (task lifecycle steps, the metrics minute, cooldowns, scheduled actions); request signatures still use wall-clock time.</source>
        <translation>Die simulierte Zeit N-mal schneller als die Uhrzeit laufen lassen (Schritte des Aufgabenlebenszyklus, die Metrikminute, Abklingzeiten, geplante Aktionen); Anfragesignaturen verwenden weiterhin die Uhrzeit.</translation>
    </message>
    <message>
        <source>ecsdesk-local: invalid --port, --latency-ms, --fault-rate, --step-ms, --time-scale or --bind</source>
        <translation>ecsdesk-local: ungültiger Wert für --port, --latency-ms, --fault-rate, --step-ms, --time-scale oder --bind</translation>
    </message>
    <message>
        <source>Throttle requests as the named service does: ecs applies Amazon ECS&apos;s token buckets per action category (ThrottlingException &quot;Rate exceeded&quot;). Off by default.</source>
        <translation>Anfragen so drosseln wie der angegebene Service: ecs wendet die Token-Buckets von Amazon ECS je Aktionskategorie an (ThrottlingException „Rate exceeded“). Standardmäßig aus.</translation>
    </message>
    <message>
        <source>Read-only mode: every action that changes something is disabled.</source>
        <translation>Schreibgeschützter Modus: Jede Aktion, die etwas ändert, ist deaktiviert.</translation>
    </message>
    <message>
        <source>Pane to show first: %1.</source>
        <extracomment>%1: the pane names, comma-separated</extracomment>
        <translation>Zuerst anzuzeigender Bereich: %1.</translation>
    </message>
</context>
</TS>
