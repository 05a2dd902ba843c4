# f-strings with float format specs
x = 2.5
print(f'{x:.2f} {x:8.3f}| {x:e} {x:g}')
print(f'{x:+.1f} {-x:.0f} {0.125:.2%}')
print(f'{x:010.2f}')
