# deeply nested dicts
tree = {}
node = tree
for i in range(300):
    node["child"] = {"level": i}
    node = node["child"]
count = 0
node = tree
while "child" in node:
    node = node["child"]
    count += 1
print(count, node["level"])
config = {"a": {"b": {"c": {"d": {"e": "deep value"}}}}}
print(config["a"]["b"]["c"]["d"]["e"])
def depth_of(d):
    return 1 + max((depth_of(v) for v in d.values() if isinstance(v, dict)), default=0)
print(depth_of(config))
