"""Peers on given folds, with exactly the models and column handling of the shared benchmark's
peers.py (imported from its folder, so the two can never drift apart).
usage: fold_peers.py PEERS_DIR DATA.csv TARGET POSITIVE FOLDS.txt [IGNORE,COLS]
  -> prints one JSON object: {model: {auc, folds: [per-fold AUC], fit_s}} for LR, HGB, XGB"""
import os

os.environ.setdefault('OMP_NUM_THREADS', '1')
import json
import sys
import time
import warnings

import numpy as np
from sklearn.metrics import roc_auc_score

peers_dir, path, target, positive, folds_path = sys.argv[1:6]
ignore = [c for c in (sys.argv[6] if len(sys.argv) > 6 else '').split(',') if c]
sys.path.insert(0, peers_dir)
import peers  # noqa: E402  (the shared benchmark's peers.py)

X, y, num, cat = peers.load(path, target, positive)
if ignore:
    X = X.drop(columns=ignore)
    num = [c for c in num if c not in ignore]
    cat = [c for c in cat if c not in ignore]
folds = np.loadtxt(folds_path, dtype=int)
out = {}
for name, make in peers.MODELS:
    aucs, spent = [], 0.0
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for f in sorted(set(folds.tolist())):
            train, test = folds != f, folds == f
            model = make(num, cat)
            t = time.perf_counter()
            model.fit(X[train], y[train])
            spent += time.perf_counter() - t
            aucs.append(roc_auc_score(y[test], model.predict_proba(X[test])[:, 1]))
    out[name] = {'auc': round(float(np.mean(aucs)), 4), 'folds': [round(float(a), 4) for a in aucs],
                 'fit_s': round(spent, 3)}
print(json.dumps(out))
