#!/usr/bin/env bash
# RAG-conditioned fine-tuning of the trained `small` model, then the answer scores on knowledge questions of an
# unseen seed with retrieval off / on (world caption in the query) / on as the assistant does it (own caption),
# for the model before and after this stage.
# Usage: scripts/rag_tune_small.sh     (env: INIT, OUT, DATA, EVAL_DATA, STEPS, TIME_BUDGET, BATCH, LR, THREADS, LIMIT, CONTEXT_WORDS, OVERSAMPLE)
# TIME_BUDGET (default 3700 s): training seconds; STEPS (default 4000) is then only a cap (2,649 steps fit on 2 threads here, v12
# in BENCHMARKS.md: pipeline exact match 0.867 on LIMIT=300 questions).
# CONTEXT_WORDS (default 0: off): decoder tokens of each context also put in the memory as the decoder's own words.
# OVERSAMPLE (default empty: off): knowledge question types repeated, e.g. notice_period=3.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false MPLBACKEND=Agg
PY=${PY:-.venv/bin/python}
DATA=${DATA:-data/train_s0}; EVAL_DATA=${EVAL_DATA:-data/eval_s7}; INIT=${INIT:-runs/small}; OUT=${OUT:-runs/small_rag}
STEPS=${STEPS:-4000}; TIME_BUDGET=${TIME_BUDGET:-3700}; BATCH=${BATCH:-16}; LR=${LR:-5e-4}; THREADS=${THREADS:-2}; LIMIT=${LIMIT:-300}; CONTEXT_WORDS=${CONTEXT_WORDS:-0}; OVERSAMPLE=${OVERSAMPLE-}
mm() { $PY -c "import sys; from mm_assistant.cli import main; sys.exit(main(sys.argv[1:]))" "$@"; }
[ -f "$DATA/legal/train.json" ] || mm synth --domain all --n 3000 --seed 0 --out "$DATA"   # the world scripts/train_small.sh makes
[ -f "$EVAL_DATA/legal/test.json" ] || mm synth --domain all --n 1700 --seed 7 --out "$EVAL_DATA"   # the world scripts/eval_small.sh makes
t0=$(date +%s)
[ -f "$OUT/config.json" ] || mm rag-tune --data "$DATA" --init "$INIT" --out "$OUT" --steps "$STEPS" --batch-size "$BATCH" \
    --lr "$LR" --threads "$THREADS" --context-words "$CONTEXT_WORDS" --time-budget "$TIME_BUDGET" \
    $([ -n "$OVERSAMPLE" ] && echo --oversample "$OVERSAMPLE")
t1=$(date +%s)
mkdir -p bench
mm eval-rag --data "$EVAL_DATA" --split test --model "$INIT" --answers-only --limit "$LIMIT" --json bench/rag_answers_before.json
mm eval-rag --data "$EVAL_DATA" --split test --model "$OUT" --answers-only --limit "$LIMIT" --json bench/rag_answers.json
t2=$(date +%s)
printf '{"rag_tune_s": %d, "eval_s": %d, "steps": %d, "batch": %d, "threads": %d, "context_words": %d, "oversample": "%s", "load_avg_end": "%s"}\n' \
    $((t1-t0)) $((t2-t1)) "$STEPS" "$BATCH" "$THREADS" "$CONTEXT_WORDS" "$OVERSAMPLE" "$(cut -d' ' -f1-3 /proc/loadavg)" > bench/rag_tune_timing.json
cat bench/rag_tune_timing.json
