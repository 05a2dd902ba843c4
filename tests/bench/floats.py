# Float arithmetic: a Mandelbrot set and a small n-body-like integration.
def mandel(w, h, iters):
    total = 0
    for y in range(h):
        ci = y * 2.0 / h - 1.0
        for x in range(w):
            cr = x * 3.0 / w - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            total += n
    return total

def orbit(steps):
    x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
    dt = 0.001
    for _ in range(steps):
        r2 = x * x + y * y
        r3 = r2 * r2 ** 0.5
        vx -= x / r3 * dt
        vy -= y / r3 * dt
        x += vx * dt
        y += vy * dt
    return round(x, 6), round(y, 6)

print(mandel(120, 80, 60), orbit(200000))
