#!/usr/bin/env bash
# Evaluate a trained run on a world with a seed training never saw (seed 7 unless SEED=..; 1700 images per domain gives ~500 test images).
# Usage: [SEED=11] scripts/eval_small.sh [RUN] [OUT.json]   (extra eval flags via EVAL_ARGS, e.g. EVAL_ARGS="--limit-images 100")
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false MPLBACKEND=Agg
PY=${PY:-.venv/bin/python}; RUN=${1:-runs/small}; OUT=${2:-bench/model_eval.json}; SEED=${SEED:-7}; DATA=${DATA:-data/eval_s$SEED}
[ -f "$DATA/legal/test.json" ] || $PY -c "import sys; from mm_assistant.data.worlds.synth import cli_synth; sys.exit(cli_synth(sys.argv[1:]))" \
    --domain all --n 1700 --seed "$SEED" --out "$DATA"
$PY -c "import sys; from mm_assistant.eval.model import cli_eval; sys.exit(cli_eval(sys.argv[1:]))" \
    --model "$RUN" --data "$DATA" --split test --json "$OUT" --threads "${THREADS:-2}" ${EVAL_ARGS:-}
