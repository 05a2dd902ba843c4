# format() rounds the exact binary value half-to-even
for v in (0.125, 0.375, 0.625, 0.875, 2.675, 2.665, 1.005, 1.015, 1.025, 0.5, 1.5, 2.5, 3.5, 1e-5 * 5, 1.45, 1.55, 8.5, 9.5):
    print(v, format(v, ".2f"), format(v, ".1f"), format(v, ".0f"), format(v, ".2e"), format(v, ".2g"))
