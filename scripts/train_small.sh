#!/usr/bin/env bash
# Train the `small` preset end to end on a CPU: procedural worlds (seed 0) -> align -> pretrain.
# Usage: scripts/train_small.sh            (defaults sized for about one hour on a shared 2-core CPU)
#        ALIGN_STEPS=.. PRETRAIN_STEPS=.. BATCH=.. THREADS=.. RUNS=.. DATA=.. scripts/train_small.sh
# Re-running continues from the last checkpoint of each stage (exact resume). Wall times go to $RUNS/small_timing.json.
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false MPLBACKEND=Agg
PY=${PY:-.venv/bin/python}
DATA=${DATA:-data/train_s0}; RUNS=${RUNS:-runs}; THREADS=${THREADS:-2}; BATCH=${BATCH:-32}
N_IMAGES=${N_IMAGES:-1000}; ALIGN_STEPS=${ALIGN_STEPS:-120}; PRETRAIN_STEPS=${PRETRAIN_STEPS:-300}
mkdir -p "$RUNS"
t0=$(date +%s)
[ -f "$DATA/legal/train.json" ] || $PY -c "import sys; from mm_assistant.worlds import cli_synth; sys.exit(cli_synth(sys.argv[1:]))" \
    --domain all --n "$N_IMAGES" --seed 0 --out "$DATA"
t1=$(date +%s)
$PY -c "import sys; from mm_assistant.train import cli_align; sys.exit(cli_align(sys.argv[1:]))" \
    --data "$DATA" --preset small --out "$RUNS/small_align" --steps "$ALIGN_STEPS" --batch-size "$BATCH" \
    --lr 1e-3 --warmup 15 --freeze-text --threads "$THREADS" --ckpt-every 20
t2=$(date +%s)
$PY -c "import sys; from mm_assistant.train import cli_pretrain; sys.exit(cli_pretrain(sys.argv[1:]))" \
    --data "$DATA" --init "$RUNS/small_align" --out "$RUNS/small" --steps "$PRETRAIN_STEPS" --batch-size "$BATCH" \
    --lr 1e-3 --warmup 20 --freeze-text --clip-weight 0.5 --threads "$THREADS" --ckpt-every 20
t3=$(date +%s)
printf '{"synth_s": %d, "align_s": %d, "pretrain_s": %d, "total_s": %d, "align_steps": %d, "pretrain_steps": %d, "batch": %d, "threads": %d, "host_cpus": %d}\n' \
    $((t1-t0)) $((t2-t1)) $((t3-t2)) $((t3-t0)) "$ALIGN_STEPS" "$PRETRAIN_STEPS" "$BATCH" "$THREADS" "$(nproc)" > "$RUNS/small_timing.json"
cat "$RUNS/small_timing.json"
