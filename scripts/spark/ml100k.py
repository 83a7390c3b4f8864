#!/usr/bin/env python3
"""MovieLens 100K helpers for the Spark measurements of docs/EVALUATION.md (standard library only).

  ml100k.py split ML_DIR OUT_DIR [SEED]   random 80/20 per-user split of u.data:
      OUT_DIR/train.tsv, OUT_DIR/test.tsv (user, item, rating, time), and OUT_DIR/ml-train/, a
      MovieLens directory (u.item, u.user, u.genre and the training part as u.data) for import
  ml100k.py serve-recs URL KEY TEST OUT [K]   asks a running `affectrec serve` at URL for the
      top K (default 10) of every test user and writes user<TAB>item<TAB>rank (as recommend-file)
  ml100k.py ndcg RECS TEST [K]   NDCG@K (default 10) over the test users, binary relevance, ideal
      list of min(|relevant|, K) hits, log2(rank + 1) discounts, a user without recommendations
      scoring 0
"""
import json
import math
import os
import random
import shutil
import sys
import urllib.request
from collections import defaultdict


def read(path):
    rows = []
    with open(path) as f:
        for line in f:
            parts = line.split("\t")
            if len(parts) >= 2:
                rows.append(parts)
    return rows


def split(ml_dir, out_dir, seed=42):
    by_user = defaultdict(list)
    for parts in read(os.path.join(ml_dir, "u.data")):
        by_user[parts[0]].append("\t".join(p.strip() for p in parts[:4]))
    rng = random.Random(int(seed))
    train, test = [], []
    for user in sorted(by_user, key=int):
        rows = sorted(by_user[user])
        rng.shuffle(rows)
        cut = max(1, round(len(rows) * 0.2))
        test += rows[:cut]
        train += rows[cut:]
    os.makedirs(os.path.join(out_dir, "ml-train"), exist_ok=True)
    for name, rows in (("train.tsv", train), ("test.tsv", test)):
        with open(os.path.join(out_dir, name), "w") as f:
            f.write("\n".join(rows) + "\n")
    shutil.copy(os.path.join(out_dir, "train.tsv"), os.path.join(out_dir, "ml-train", "u.data"))
    for name in ("u.item", "u.user", "u.genre"):
        shutil.copy(os.path.join(ml_dir, name), os.path.join(out_dir, "ml-train", name))
    print(f"train {len(train)} test {len(test)} users {len(by_user)}")


def serve_recs(url, key, test, out, k=10):
    users = sorted({p[0] for p in read(test)}, key=int)
    with open(out, "w") as f:
        for user in users:
            request = urllib.request.Request(
                f"{url}/v1/users/{user}/recommendations?k={k}",
                headers={"Authorization": f"Bearer {key}"},
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                body = json.load(response)
            for rank, item in enumerate(body["items"], 1):
                f.write(f"{user}\t{item['item']}\t{rank}\n")
    print(f"wrote the top {k} of {len(users)} users to {out}")


def ndcg(recs, test, k=10):
    k = int(k)
    relevant = defaultdict(set)
    for parts in read(test):
        relevant[parts[0]].add(parts[1].strip())
    ranked = defaultdict(list)
    for parts in read(recs):
        ranked[parts[0]].append((int(parts[2]), parts[1].strip()))
    total = 0.0
    for user, items in relevant.items():
        top = [item for _, item in sorted(ranked.get(user, []))[:k]]
        dcg = sum(1 / math.log2(r + 2) for r, item in enumerate(top) if item in items)
        ideal = sum(1 / math.log2(r + 2) for r in range(min(len(items), k)))
        total += dcg / ideal
    print(f"ndcg@{k} {total / len(relevant):.4f} over {len(relevant)} users")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"split": split, "serve-recs": serve_recs, "ndcg": ndcg}[command](*args)
