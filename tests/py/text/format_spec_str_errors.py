# format specs a str rejects
for spec in ['=5', '+5', ' 5', '#5', ',', '_', 'd', 'x', '%', '5x5', '.']:
    try:
        print(repr(format('ab', spec)))
    except ValueError:
        print(spec, 'ValueError')
