using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// The machine module's type objects. They are immutable and shared by every interpreter of the process (like the
    /// built-in types); the state an instance needs hangs off its <see cref="MachineState"/>.
    /// </summary>
    public static class MachineTypes
    {
        /// <summary>machine.Pin.</summary>
        public static readonly PyType Pin = new PyType("Pin", PyTypes.Object, 0);

        /// <summary>The IRQ objects of Pin.irq() and UART.irq().</summary>
        public static readonly PyType Irq = new PyType("IRQ", PyTypes.Object, 0);

        /// <summary>machine.Signal.</summary>
        public static readonly PyType Signal = new PyType("Signal", PyTypes.Object, 0);

        /// <summary>machine.ADC.</summary>
        public static readonly PyType Adc = new PyType("ADC", PyTypes.Object, 0);

        /// <summary>machine.ADCBlock.</summary>
        public static readonly PyType AdcBlock = new PyType("ADCBlock", PyTypes.Object, 0);

        /// <summary>machine.PWM.</summary>
        public static readonly PyType Pwm = new PyType("PWM", PyTypes.Object, 0);

        /// <summary>machine.I2C.</summary>
        public static readonly PyType I2c = new PyType("I2C", PyTypes.Object, 0);

        /// <summary>machine.SoftI2C.</summary>
        public static readonly PyType SoftI2c = new PyType("SoftI2C", PyTypes.Object, 0);

        /// <summary>machine.SPI.</summary>
        public static readonly PyType Spi = new PyType("SPI", PyTypes.Object, 0);

        /// <summary>machine.SoftSPI.</summary>
        public static readonly PyType SoftSpi = new PyType("SoftSPI", PyTypes.Object, 0);

        /// <summary>machine.UART.</summary>
        public static readonly PyType Uart = new PyType("UART", PyTypes.Object, 0);

        /// <summary>machine.Timer.</summary>
        public static readonly PyType Timer = new PyType("Timer", PyTypes.Object, 0);

        /// <summary>machine.RTC.</summary>
        public static readonly PyType Rtc = new PyType("RTC", PyTypes.Object, 0);

        /// <summary>machine.WDT.</summary>
        public static readonly PyType Wdt = new PyType("WDT", PyTypes.Object, 0);

        /// <summary>machine.TouchPad.</summary>
        public static readonly PyType TouchPad = new PyType("TouchPad", PyTypes.Object, 0);

        /// <summary>machine.DAC.</summary>
        public static readonly PyType Dac = new PyType("DAC", PyTypes.Object, 0);

        /// <summary>machine.Counter.</summary>
        public static readonly PyType Counter = new PyType("Counter", PyTypes.Object, 0);

        /// <summary>machine.Encoder.</summary>
        public static readonly PyType Encoder = new PyType("Encoder", PyTypes.Object, 0);

        /// <summary>The type of machine.mem8/mem16/mem32.</summary>
        public static readonly PyType Mem = new PyType("mem", PyTypes.Object, 0);

        /// <summary>Sets the constructors and registers the dictionary filler (once per process).</summary>
        internal static void Install()
        {
            Pin.New = MachinePin.New;
            Signal.New = MachineSignal.New;
            Adc.New = MachineAdc.New;
            AdcBlock.New = MachineAdcBlock.New;
            Pwm.New = MachinePwm.New;
            I2c.New = MachineI2c.NewHardware;
            SoftI2c.New = MachineI2c.NewSoft;
            Spi.New = MachineSpi.NewHardware;
            SoftSpi.New = MachineSpi.NewSoft;
            Uart.New = MachineUart.New;
            Timer.New = MachineTimer.New;
            Rtc.New = MachineRtc.New;
            Wdt.New = MachineWdt.New;
            TouchPad.New = MachineTouchPad.New;
            Dac.New = MachineDac.New;
            Counter.New = MachineCounter.NewCounter;
            Encoder.New = MachineCounter.NewEncoder;
            PyType.AddFiller(Fill);
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (ReferenceEquals(t, Pin))
            {
                MachinePin.FillType(t, d);
            }
            else if (ReferenceEquals(t, Irq))
            {
                MachineIrq.FillType(t, d);
            }
            else if (ReferenceEquals(t, Signal))
            {
                MachineSignal.FillType(t, d);
            }
            else if (ReferenceEquals(t, Adc))
            {
                MachineAdc.FillType(t, d);
            }
            else if (ReferenceEquals(t, AdcBlock))
            {
                MachineAdcBlock.FillType(t, d);
            }
            else if (ReferenceEquals(t, Pwm))
            {
                MachinePwm.FillType(t, d);
            }
            else if (ReferenceEquals(t, I2c) || ReferenceEquals(t, SoftI2c))
            {
                MachineI2c.FillType(t, d);
            }
            else if (ReferenceEquals(t, Spi) || ReferenceEquals(t, SoftSpi))
            {
                MachineSpi.FillType(t, d);
            }
            else if (ReferenceEquals(t, Uart))
            {
                MachineUart.FillType(t, d);
            }
            else if (ReferenceEquals(t, Timer))
            {
                MachineTimer.FillType(t, d);
            }
            else if (ReferenceEquals(t, Rtc))
            {
                MachineRtc.FillType(t, d);
            }
            else if (ReferenceEquals(t, Wdt))
            {
                MachineWdt.FillType(t, d);
            }
            else if (ReferenceEquals(t, TouchPad))
            {
                MachineTouchPad.FillType(t, d);
            }
            else if (ReferenceEquals(t, Dac))
            {
                MachineDac.FillType(t, d);
            }
            else if (ReferenceEquals(t, Counter) || ReferenceEquals(t, Encoder))
            {
                MachineCounter.FillType(t, d);
            }
        }
    }
}
