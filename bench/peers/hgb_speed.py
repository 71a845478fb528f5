"""Training time of sklearn HistGradientBoostingClassifier (defaults) on a CSV with a 0/1 `y`
column and numeric/categorical features. usage: hgb_speed.py DATA.csv [RUNS] -> one JSON object (median fit time)"""
import json, os, sys, time
# OpenMP threads that spin while waiting make HGB 15-40x slower on a machine whose cores are busy
# with other work (42 s instead of 2.8 s for 100k x 20 at load 13 on 2 cores): they burn the time
# slice the thread they wait for needs. Passive waiting is set before sklearn loads libgomp; a
# caller may still choose OMP_WAIT_POLICY=active (e.g. on an idle machine).
os.environ.setdefault('OMP_WAIT_POLICY', 'PASSIVE')
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.preprocessing import OrdinalEncoder
from threadpoolctl import threadpool_info

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
threads = max((p['num_threads'] for p in threadpool_info() if p['user_api'] == 'openmp'), default=1)
print(json.dumps({'seconds': sorted(times)[len(times) // 2], 'runs': times, 'iterations': int(m.n_iter_),
                  'threads': threads, 'waitPolicy': os.environ['OMP_WAIT_POLICY']}))
