# helper that imports another helper under an alias
import mod_counter as counter
from mod_simple import greet as hello
def call_both():
    return counter.bump(), hello("other")
