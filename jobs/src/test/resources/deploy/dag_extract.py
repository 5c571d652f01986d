"""Reads an Airflow DAG file without Airflow: checks it compiles and prints, as JSON, the literals the Java test
checks against the CLI (MAIN_CLASS, COMMON_ARGS, STAGES) and the keywords of every SparkSubmitOperator call."""
import ast
import json
import sys

source = open(sys.argv[1], encoding="utf-8").read()
compile(source, sys.argv[1], "exec")
tree = ast.parse(source)
found = {"operators": []}
for node in ast.walk(tree):
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        name = node.targets[0].id
        if name in ("MAIN_CLASS", "COMMON_ARGS", "STAGES"):
            found[name] = ast.literal_eval(node.value)
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "SparkSubmitOperator":
        found["operators"].append(sorted(k.arg for k in node.keywords))
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "DAG":
        for keyword in node.keywords:
            if keyword.arg == "default_args":
                defaults = {k.value: v for k, v in zip(keyword.value.keys, keyword.value.values)}
                found["retries"] = ast.literal_eval(defaults["retries"])
            if keyword.arg == "params":
                found["params"] = [k.value for k in keyword.value.keys]
print(json.dumps(found))
