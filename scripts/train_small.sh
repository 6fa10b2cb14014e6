#!/usr/bin/env bash
# Train the `small` model on a CPU within the hour: worlds (seed 0) -> align -> pretrain, the `small` recipe
# (configs/recipes/small.json; the recipe's choices and the runs behind them: nbs/30_train_config, bench/notebooks/train.md).
# A finished stage is skipped on a re-run; an interrupted one resumes from its checkpoint. Wall times: runs/small_timing.json.
# Usage: scripts/train_small.sh [extra `mm-assistant train` flags, e.g. --dry-run, --total-budget 1800, --runs DIR, --data DIR]
# The whole recipe, rag-tune included: `mm-assistant train --recipe small` (make train).
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false MPLBACKEND=Agg
PY=${PY:-.venv/bin/python}
exec $PY -c "import sys; from mm_assistant.train.recipe import cli_train; sys.exit(cli_train(sys.argv[1:]))" \
    --recipe small --stages align,pretrain "$@"
