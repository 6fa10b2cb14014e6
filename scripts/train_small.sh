#!/usr/bin/env bash
# Train the `small` preset end to end on a CPU within a fixed wall-clock budget:
#   procedural worlds (seed 0) -> align (vision + fact heads + contrastive) -> pretrain (decoder on frozen vision tokens).
# Usage: scripts/train_small.sh            (defaults: 60 minutes in all on a shared 2-core CPU, synth included)
#        TOTAL_BUDGET=.. ALIGN_BUDGET=.. BATCH=.. THREADS=.. RUNS=.. DATA=.. READING_LEN=.. scripts/train_small.sh
# READING_LEN (default 0: off): decoder-prompt tokens for what the fact heads read in the image (read before answering;
# READING_LEN=48 was measured in bench/model.md, v4: no better at this budget).
# FACT_WORDS (default 1; 0: off, the v3–v5 recipe): each fact token also carries its head's expected class as decoder word embeddings (`fact_words`).
# PIECE_ALIGN (default left; right: the v3–v8 recipe): number the pieces of long-tailed facts (price digits, date digits, name words) from their left or right end.
# N_IMAGES (default 3000; 1000: the v2–v11 recipe): images per domain in the seed-0 world (more distinct pages: the
# ResNet learns to read and count instead of memorising ~800 training pages per domain; v12 in bench/model.md).
# OVERSAMPLE (default party=4; empty: off, the v9 recipe): question types repeated in pretraining (the decoder learns party questions only with more of them).
# COPY_WEIGHT (default 1; 0: off, the v13 recipe): weight of the copy loss in pretraining — head 0 of the decoder's last cross-attention learns to look at
# the fact token each answer token restates (`pretrain --copy-weight`; v14 in bench/model.md).
# COUNT_DENSITY (default only; add: the v13–v16 recipe; off: the v3–v12 recipe): count heads use an amount summed over the
# image cells alone as their logits, or add it to the classifier's (`align --count-density`; v17 in bench/model.md).
# Each stage trains until its time budget is used (the step count is re-estimated from the measured speed, so the
# learning-rate schedule ends on time whatever the machine's load); ALIGN_STEPS / PRETRAIN_STEPS are only caps.
# A finished stage (its model folder exists) is skipped on a re-run; an interrupted one resumes from its checkpoint.
# Wall times go to $RUNS/small_timing.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false MPLBACKEND=Agg
PY=${PY:-.venv/bin/python}
DATA=${DATA:-data/train_s0}; RUNS=${RUNS:-runs}; THREADS=${THREADS:-2}; BATCH=${BATCH:-32}
N_IMAGES=${N_IMAGES:-3000}; READING_LEN=${READING_LEN:-0}; FACT_WORDS=${FACT_WORDS:-1}; PIECE_ALIGN=${PIECE_ALIGN:-left}; OVERSAMPLE=${OVERSAMPLE-party=4}; COPY_WEIGHT=${COPY_WEIGHT:-1}; COUNT_DENSITY=${COUNT_DENSITY:-only}; ALIGN_STEPS=${ALIGN_STEPS:-5000}; PRETRAIN_STEPS=${PRETRAIN_STEPS:-5000}
TOTAL_BUDGET=${TOTAL_BUDGET:-3600}   # seconds for everything, synth included
ALIGN_BUDGET=${ALIGN_BUDGET:-1900}   # seconds of align training steps (the vision encoder learns here)
MARGIN=${MARGIN:-330}                # seconds kept for loading, image decoding, frozen vision features and saving
mkdir -p "$RUNS"
t0=$(date +%s)
[ -f "$DATA/legal/train.json" ] || $PY -c "import sys; from mm_assistant.worlds import cli_synth; sys.exit(cli_synth(sys.argv[1:]))" \
    --domain all --n "$N_IMAGES" --seed 0 --out "$DATA"
t1=$(date +%s)
[ -f "$RUNS/small_align/config.json" ] || $PY -c "import sys; from mm_assistant.train import cli_align; sys.exit(cli_align(sys.argv[1:]))" \
    --data "$DATA" --preset small --out "$RUNS/small_align" --steps "$ALIGN_STEPS" --batch-size "$BATCH" \
    --lr 1e-3 --warmup 15 --freeze-text --fact-weight 1.0 --threads "$THREADS" --ckpt-every 50 \
    $([ "$FACT_WORDS" = 1 ] && echo --fact-words) --piece-align "$PIECE_ALIGN" --count-density "$COUNT_DENSITY" --time-budget "$ALIGN_BUDGET"
t2=$(date +%s)
rate() { { tail -n 1 "$1/metrics.jsonl" 2>/dev/null || true; } | $PY -c "import json, sys; print(json.loads(sys.stdin.read() or '{}').get('examples_per_s', 0))"; }
ALIGN_RATE=$(rate "$RUNS/small_align")
$PY -c "import sys; sys.exit(float(sys.argv[1]) >= 20)" "$ALIGN_RATE" && echo "note: align trained at $ALIGN_RATE examples/s here;" \
    "the run that met most targets (v9 in BENCHMARKS.md) had 24, and one at 15 (v10) fell below four of them: expect lower scores." >&2
PRETRAIN_BUDGET=$(( TOTAL_BUDGET - (t2 - t0) - MARGIN )); [ "$PRETRAIN_BUDGET" -gt 60 ] || PRETRAIN_BUDGET=60
[ -f "$RUNS/small/config.json" ] || $PY -c "import sys; from mm_assistant.train import cli_pretrain; sys.exit(cli_pretrain(sys.argv[1:]))" \
    --data "$DATA" --init "$RUNS/small_align" --out "$RUNS/small" --steps "$PRETRAIN_STEPS" --batch-size "$BATCH" \
    --lr 1e-3 --warmup 20 --freeze-text --freeze-vision --no-captioning --image-memory facts --clip-weight 0.5 --fact-weight 1.0 \
    --reading-len "$READING_LEN" $([ -n "$OVERSAMPLE" ] && echo --oversample "$OVERSAMPLE") --copy-weight "$COPY_WEIGHT" \
    --threads "$THREADS" --ckpt-every 50 --time-budget "$PRETRAIN_BUDGET"
t3=$(date +%s)
printf '{"synth_s": %d, "align_s": %d, "pretrain_s": %d, "total_s": %d, "align_budget_s": %d, "pretrain_budget_s": %d, "align_examples_per_s": %s, "pretrain_examples_per_s": %s, "batch": %d, "threads": %d, "host_cpus": %d, "load_avg_end": "%s"}\n' \
    $((t1-t0)) $((t2-t1)) $((t3-t2)) $((t3-t0)) "$ALIGN_BUDGET" "$PRETRAIN_BUDGET" "$ALIGN_RATE" "$(rate "$RUNS/small")" "$BATCH" "$THREADS" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" > "$RUNS/small_timing.json"
cat "$RUNS/small_timing.json"
