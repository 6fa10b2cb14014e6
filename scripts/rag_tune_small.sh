#!/usr/bin/env bash
# RAG-conditioned fine-tuning of the trained `small` model (the `small` recipe's rag_tune stage: runs/small -> runs/small_rag;
# align and pretrain are skipped when done), then the answer scores on knowledge questions of an unseen seed with retrieval
# off / on (world caption in the query) / on as the assistant does it (own reading), before and after this stage.
# Usage: scripts/rag_tune_small.sh     (env: EVAL_DATA, LIMIT; extra `mm-assistant train` flags as arguments)
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false MPLBACKEND=Agg
PY=${PY:-.venv/bin/python}
EVAL_DATA=${EVAL_DATA:-data/eval_s7}; LIMIT=${LIMIT:-300}
mm() { $PY -c "import sys; from mm_assistant.cli import main; sys.exit(main(sys.argv[1:]))" "$@"; }
t0=$(date +%s)
mm train --recipe small "$@"
t1=$(date +%s)
[ -f "$EVAL_DATA/legal/test.json" ] || mm synth --domain all --n 1700 --seed 7 --out "$EVAL_DATA"   # the world scripts/eval_small.sh makes
mkdir -p bench
mm eval-rag --data "$EVAL_DATA" --split test --model runs/small --answers-only --limit "$LIMIT" --json bench/rag_answers_before.json
mm eval-rag --data "$EVAL_DATA" --split test --model runs/small_rag --answers-only --limit "$LIMIT" --json bench/rag_answers.json
t2=$(date +%s)
printf '{"train_s": %d, "eval_s": %d, "load_avg_end": "%s"}\n' $((t1-t0)) $((t2-t1)) "$(cut -d' ' -f1-3 /proc/loadavg)" > bench/rag_tune_timing.json
cat bench/rag_tune_timing.json
