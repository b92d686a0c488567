#!/bin/sh
# Regenerates the trimmed models from an installed botocore (default: the newest importable one).
# usage: regenerate.sh [BOTOCORE_DATA_DIR]
set -eu
here=$(dirname "$0")
data=${1:-$(python3 -c 'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
for pair in ecs/2014-11-13 logs/2014-03-28 application-autoscaling/2016-02-06 cloudwatch/2010-08-01 elbv2/2015-12-01; do
    service=${pair%%/*}
    model=$data/$pair/service-2.json
    [ -f "$model" ] || model=$model.gz
    python3 "$here/trim-model.py" "$model" "$here/$service.json"
done
python3 -c 'import botocore; print("botocore", botocore.__version__)' > "$here/SOURCE"
