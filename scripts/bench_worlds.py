"""Benchmark the procedural worlds: time to generate 10,000 records of one domain (1 and 2 worker processes), and
byte-identical regeneration of the reference worlds. Writes bench/worlds.json and prints a Markdown table.
Usage: python scripts/bench_worlds.py [--records 10000]"""
import argparse, datetime, hashlib, json, os, platform, resource, shutil, tempfile, time
from pathlib import Path
from mm_assistant.data.worlds.base import DOMAINS
from mm_assistant.data.worlds.synth import make_records, synth

def tree_hash(d):
    h = hashlib.sha256()
    for f in sorted(Path(d).rglob("*")):
        if f.is_file(): h.update(str(f.relative_to(d)).encode()); h.update(f.read_bytes())
    return h.hexdigest()

def cpu_seconds():
    "CPU time of this process and its finished children (wall time is noisy on a shared machine; CPU time much less so)."
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

def images_for(domain, records):
    "Smallest number of images whose records reach `records` (seed 0, both languages)."
    n = total = 0
    while total < records: total += len(make_records(domain, 0, n)[3]); n += 1
    return n

def main():
    p = argparse.ArgumentParser(); p.add_argument("--records", type=int, default=10_000); p.add_argument("--ref-n", type=int, default=2000)
    a = p.parse_args()
    root = Path(tempfile.mkdtemp())
    res = {"date": datetime.date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
           "load_average_at_start": round(os.getloadavg()[0], 2), "speed": []}
    for d in DOMAINS:
        n = images_for(d, a.records)
        for w in (1, 2):
            c0, t = cpu_seconds(), time.perf_counter()
            m = synth(root/f"s{w}", [d], n=n, seed=0, workers=w, progress=False)[d]
            dt, cpu = time.perf_counter() - t, cpu_seconds() - c0
            res["speed"].append({"domain": d, "workers": w, "images": n, "records": sum(m["records"].values()), "seconds": round(dt, 2), "cpu_seconds": round(cpu, 2)})
            print(res["speed"][-1])
    t = time.perf_counter(); synth(root/"ref1", "all", n=a.ref_n, seed=0, progress=False); t_ref = time.perf_counter() - t
    synth(root/"ref2", "all", n=a.ref_n, seed=0, progress=False); synth(root/"ref3", "all", n=a.ref_n, seed=1, progress=False)
    h = [tree_hash(root/f"ref{i}") for i in (1, 2, 3)]
    res["reference"] = {"command": f"mm-assistant synth --domain all --n {a.ref_n} --seed 0", "seconds": round(t_ref, 1),
                        "sha256_seed0_run1": h[0], "sha256_seed0_run2": h[1], "sha256_seed1": h[2],
                        "identical_same_seed": h[0] == h[1], "differs_other_seed": h[0] != h[2]}
    print(res["reference"])
    shutil.rmtree(root)
    out = Path(__file__).resolve().parent.parent/"bench"/"worlds.json"; out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n")
    print("\n| domain | workers | images | records | wall s | CPU s | records per CPU-s |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in res["speed"]: print(f"| {r['domain']} | {r['workers']} | {r['images']} | {r['records']} | {r['seconds']} | {r['cpu_seconds']} | {r['records']/r['cpu_seconds']:.0f} |")

if __name__ == "__main__":
    main()
