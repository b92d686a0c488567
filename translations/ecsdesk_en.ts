<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrImageIndex</name>
    <message numerus="yes">
        <source>This image has %n critical vulnerability finding(s) in its last scan.</source>
        <translation>
            <numerusform>This image has %n critical vulnerability finding in its last scan.</numerusform>
            <numerusform>This image has %n critical vulnerability findings in its last scan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::EcrImageModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::StoppedTaskGroupModel</name>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n task</numerusform>
            <numerusform>%1 — %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) stopped with: %1</source>
        <translation>
            <numerusform>%n task stopped with: %1</numerusform>
            <numerusform>%n tasks stopped with: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Models::TimestampFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>age of a point in time, in minutes</comment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <comment>age of a point in time</comment>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::AlarmHistoryDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ConnectionDialog</name>
    <message numerus="yes">
        <source>Connected: the endpoint lists %n cluster(s).</source>
        <translation>
            <numerusform>Connected: the endpoint lists %n cluster.</numerusform>
            <numerusform>Connected: the endpoint lists %n clusters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ContainerInstancePage</name>
    <message numerus="yes">
        <source>Drain %n container instance(s)? Their service tasks move elsewhere.</source>
        <translation>
            <numerusform>Drain %n container instance? Its service tasks move elsewhere.</numerusform>
            <numerusform>Drain %n container instances? Their service tasks move elsewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) set to %1.</source>
        <translation>
            <numerusform>%n instance set to %1.</numerusform>
            <numerusform>%n instances set to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::DeploymentsPane</name>
    <message numerus="yes">
        <source>%n deployment(s) of %1.</source>
        <translation>
            <numerusform>%n deployment of %1.</numerusform>
            <numerusform>%n deployments of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::EcrRepositoriesView</name>
    <message numerus="yes">
        <source>Lifecycle policy: its preview expires %n image(s): %1</source>
        <translation>
            <numerusform>Lifecycle policy: its preview expires %n image: %1</numerusform>
            <numerusform>Lifecycle policy: its preview expires %n images: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) from %1 with all their tags? This cannot be undone.

%2</source>
        <translation>
            <numerusform>Delete %n image from %1 with all its tags? This cannot be undone.

%2</numerusform>
            <numerusform>Delete %n images from %1 with all their tags? This cannot be undone.

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::LoadBalancingPane</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target groups, no targets.</source>
        <translation>
            <numerusform>%n target group, no targets.</numerusform>
            <numerusform>%n target groups, no targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target groups, %1 targets: %2.</source>
        <translation>
            <numerusform>%n target group, %1 targets: %2.</numerusform>
            <numerusform>%n target groups, %1 targets: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::MetricsPane</name>
    <message numerus="yes">
        <source>%n series, %1 datapoints, period %2 s</source>
        <translation>
            <numerusform>%n series, %1 datapoints, period %2 s</numerusform>
            <numerusform>%n series, %1 datapoints, period %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::Navigator</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n cluster(s))</source>
        <translation>
            <numerusform>%1 (%n cluster)</numerusform>
            <numerusform>%1 (%n clusters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PaneWidget</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::PreferencesDialog</name>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Every second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScalingPane</name>
    <message numerus="yes">
        <source>%n policies, %1 alarms, %2 scheduled actions.</source>
        <translation>
            <numerusform>%n policy, %1 alarms, %2 scheduled actions.</numerusform>
            <numerusform>%n policies, %1 alarms, %2 scheduled actions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTaskModel</name>
    <message numerus="yes">
        <source>flexible window %n minute(s)</source>
        <translation>
            <numerusform>flexible window %n minute</numerusform>
            <numerusform>flexible window %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n run(s), %1 failed:</source>
        <translation>
            <numerusform>Last %n run, %1 failed:</numerusform>
            <numerusform>Last %n runs, %1 failed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ScheduledTaskPage</name>
    <message numerus="yes">
        <source>Delete rule %1 and its %n target(s)?</source>
        <translation>
            <numerusform>Delete rule %1 and its %n target?</numerusform>
            <numerusform>Delete rule %1 and its %n targets?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServiceEditorDialog</name>
    <message numerus="yes">
        <source>%n problem(s) to correct</source>
        <translation>
            <numerusform>%n problem to correct</numerusform>
            <numerusform>%n problems to correct</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::ServicePage</name>
    <message numerus="yes">
        <source>Delete service %1 and stop its %n task(s)?</source>
        <translation>
            <numerusform>Delete service %1 and stop its %n task?</numerusform>
            <numerusform>Delete service %1 and stop its %n tasks?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::StopTaskDialog</name>
    <message numerus="yes">
        <source>Stop %n task(s)? Their containers are sent SIGTERM, then SIGKILL.</source>
        <translation>
            <numerusform>Stop %n task? Its containers are sent SIGTERM, then SIGKILL.</numerusform>
            <numerusform>Stop %n tasks? Their containers are sent SIGTERM, then SIGKILL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reason is %n character(s) long; ECS keeps at most 255.</source>
        <translation>
            <numerusform>The reason is %n character long; ECS keeps at most 255.</numerusform>
            <numerusform>The reason is %n characters long; ECS keeps at most 255.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EcsDesk::Ui::TaskDefinitionEditor</name>
    <message numerus="yes">
        <source>%n error(s) block registering</source>
        <translation>
            <numerusform>%n error blocks registering</numerusform>
            <numerusform>%n errors block registering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
