# helper submodule
OTHER_VALUE = "from other"
