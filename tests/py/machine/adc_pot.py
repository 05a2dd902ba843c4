# expected: hand-written (machine module)
# CPython has no machine module; this runs on the simulated DevKit (hal/Simulated) with the virtual clock.
# Read the potentiometer on GPIO34 with ADC: read_u16, read_uv, raw read at several widths and attenuations.
import _board
from machine import ADC, ADCBlock, Pin

adc = ADC(Pin(34), atten=ADC.ATTN_11DB)
print(adc)
for pos in ("0", "0.25", "0.5", "0.75", "1"):
    _board.cmd("turn pot " + pos)
    print(pos, adc.read_u16(), adc.read_uv(), adc.read())
_board.cmd("set pot 0.8V")
for atten in (ADC.ATTN_0DB, ADC.ATTN_2_5DB, ADC.ATTN_6DB, ADC.ATTN_11DB):
    adc.atten(atten)
    print("atten", atten, adc.read(), adc.read_uv())
for bits in (9, 10, 11, 12):
    adc.width(bits)
    print("width", bits, adc.read(), adc.read_u16())
print(ADC.WIDTH_9BIT, ADC.WIDTH_12BIT, ADC.ATTN_0DB, ADC.ATTN_11DB)

block = ADCBlock(1, bits=12)
print(block)
print(block.connect(6) is adc, block.connect(Pin(34)) is adc, adc.block() is block)
print(ADC(Pin(34)) is adc)
try:
    ADC(Pin(5))
except ValueError as e:
    print("ValueError:", e)
try:
    block.connect(9)
except ValueError as e:
    print("ValueError:", e)
