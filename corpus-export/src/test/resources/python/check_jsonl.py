"""Loads a JSONL file with the standard json module, line by line, and checks that every row has
the same keys in the same order with the same JSON types (null allowed where the first rows show
it may be null). Prints the schema on success; exits 1 naming the line on the first difference."""
import json
import sys


def kind(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "list"
    if isinstance(v, dict):
        return "object"
    return type(v).__name__


def main(path, nullable):
    keys = None
    types = {}
    rows = 0
    with open(path, encoding="utf-8", newline="\n") as f:
        for n, line in enumerate(f, 1):
            row = json.loads(line)
            if not isinstance(row, dict):
                sys.exit(f"{path}:{n}: not an object")
            if keys is None:
                keys = list(row)
            if list(row) != keys:
                sys.exit(f"{path}:{n}: keys {list(row)} differ from {keys}")
            for k, v in row.items():
                t = kind(v)
                if t == "null":
                    if k not in nullable:
                        sys.exit(f"{path}:{n}: {k} is null")
                    continue
                if types.setdefault(k, t) != t:
                    sys.exit(f"{path}:{n}: {k} is {t}, earlier {types[k]}")
                if t == "list":
                    for e in v:
                        if k == "authors" and kind(e) != "string":
                            sys.exit(f"{path}:{n}: {k} holds {kind(e)}")
                        if k in ("turns", "removals") and kind(e) != "object":
                            sys.exit(f"{path}:{n}: {k} holds {kind(e)}")
            rows += 1
    print(json.dumps({"rows": rows, "keys": keys, "types": types}))


if __name__ == "__main__":
    main(sys.argv[1], set(sys.argv[2].split(",")) if len(sys.argv) > 2 else set())
