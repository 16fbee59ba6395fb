records = [{'name': 'a', 'age': 3}, {'name': 'b'}, {'name': 'c', 'age': 1}]
print(sorted(records, key=lambda r: r.get('age', 0)))
print(sorted(records, key=lambda r: r['age']))
