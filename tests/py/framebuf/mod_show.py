# Helper: prints a frame as rows of '#' (set) and '.' (clear), or of hex digits for multi-bit pixels.
def show(fb, w, h, digits=False):
    for y in range(h):
        row = ''
        for x in range(w):
            p = fb.pixel(x, y)
            if digits:
                row += '%x' % (p & 0xF)
            else:
                row += '#' if p else '.'
        print(row)
    print('-')
