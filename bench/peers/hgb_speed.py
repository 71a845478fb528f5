"""Training time of sklearn HistGradientBoostingClassifier (defaults) on a CSV with a 0/1 `y`
column and numeric/categorical features. usage: hgb_speed.py DATA.csv [RUNS] -> one JSON object (median fit time)"""
import json, sys, time
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.preprocessing import OrdinalEncoder

df = pd.read_csv(sys.argv[1])
y = df.pop('y').to_numpy()
cat = [c for c in df.columns if df[c].dtype == object]
df[cat] = OrdinalEncoder(encoded_missing_value=-1).fit_transform(df[cat].fillna(np.nan))
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
times = []
for _ in range(runs):
    t = time.time()
    m = HistGradientBoostingClassifier(categorical_features=[c in cat for c in df.columns], random_state=0).fit(df, y)
    times.append(time.time() - t)
# the median of `runs` fits, as for the engine's own timing
print(json.dumps({'seconds': sorted(times)[len(times) // 2], 'runs': times, 'iterations': int(m.n_iter_)}))
