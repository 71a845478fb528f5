"""Peers for the scoring bench: 5-fold CV AUC on the churn CSV with the SAME folds as ours.
usage: churn_peers.py DATA.csv FOLDS.txt TARGET POSITIVE  -> prints one JSON object"""
import json, sys, time
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler, OrdinalEncoder
import xgboost as xgb

path, folds_path, target, positive = sys.argv[1:5]
df = pd.read_csv(path, dtype=str, keep_default_na=False)
y = (df[target].str.strip() == positive).astype(int).to_numpy()
X = df.drop(columns=[target])
num, cat = [], []
MISSING = {'', 'na', 'n/a', 'nan', 'null', 'none'}
for c in X.columns:
    X[c] = X[c].str.strip().map(lambda s: '' if s.lower() in MISSING else s)
    v = pd.to_numeric(X[c].replace('', np.nan), errors='coerce')
    if v.notna().sum() == (X[c].str.strip() != '').sum():
        X[c] = v; num.append(c)
    else:
        cat.append(c)
folds = np.loadtxt(folds_path, dtype=int)

def lr():
    pre = ColumnTransformer([
        ('num', make_pipeline(SimpleImputer(strategy='median'), StandardScaler()), num),
        ('cat', OneHotEncoder(handle_unknown='ignore'), cat)])
    return make_pipeline(pre, LogisticRegression(max_iter=2000))

def hgb():
    pre = ColumnTransformer([('num', 'passthrough', num),
        ('cat', OrdinalEncoder(handle_unknown='use_encoded_value', unknown_value=-1), cat)])
    mask = [False] * len(num) + [True] * len(cat)
    return make_pipeline(pre, HistGradientBoostingClassifier(categorical_features=mask, random_state=0))

def xgboost():
    pre = ColumnTransformer([('num', 'passthrough', num), ('cat', OneHotEncoder(handle_unknown='ignore'), cat)])
    return make_pipeline(pre, xgb.XGBClassifier(n_estimators=300, learning_rate=0.05, max_depth=4,
        subsample=0.8, colsample_bytree=0.8, n_jobs=2, random_state=0, eval_metric='logloss'))

out = {}
for name, make in [('logisticRegression', lr), ('histGradientBoosting', hgb), ('xgboost', xgboost)]:
    aucs = []
    t = time.time()
    for f in sorted(set(folds)):
        tr, te = folds != f, folds == f
        m = make().fit(X[tr], y[tr])
        aucs.append(roc_auc_score(y[te], m.predict_proba(X[te])[:, 1]))
    out[name] = {'auc': float(np.mean(aucs)), 'folds': [float(a) for a in aucs], 'seconds': time.time() - t}
print(json.dumps(out))
