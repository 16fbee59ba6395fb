def größe(wert):
	return wert / 0  # tab-indented line

données = {'clé': 'valeur'}
print(données['clé'])
größe(1)
