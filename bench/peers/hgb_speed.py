"""Training time of sklearn HistGradientBoostingClassifier (defaults) on a CSV with a 0/1 `y`
column and numeric/categorical features. usage: hgb_speed.py DATA.csv -> one JSON object"""
import json, sys, time
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.preprocessing import OrdinalEncoder

df = pd.read_csv(sys.argv[1])
y = df.pop('y').to_numpy()
cat = [c for c in df.columns if df[c].dtype == object]
df[cat] = OrdinalEncoder(encoded_missing_value=-1).fit_transform(df[cat].fillna(np.nan))
t = time.time()
m = HistGradientBoostingClassifier(categorical_features=[c in cat for c in df.columns], random_state=0).fit(df, y)
print(json.dumps({'seconds': time.time() - t, 'iterations': int(m.n_iter_)}))
