using NanoPython.Runtime;

namespace NanoPython.Machine
{
    /// <summary>
    /// The machine module's type objects. They are immutable and shared by every interpreter of the process (like the
    /// built-in types); the state an instance needs hangs off its <see cref="MachineState"/>. Each is created on first
    /// use (nanoFramework runs static initialisers when it loads the assembly, and a program uses a few of these).
    /// </summary>
    public static class MachineTypes
    {
        private static readonly PyType[] s_types = new PyType[19];

        /// <summary>machine.Pin.</summary>
        public static PyType Pin
        {
            get { return s_types[0] ?? Create(0); }
        }

        /// <summary>The IRQ objects of Pin.irq() and UART.irq().</summary>
        public static PyType Irq
        {
            get { return s_types[1] ?? Create(1); }
        }

        /// <summary>machine.Signal.</summary>
        public static PyType Signal
        {
            get { return s_types[2] ?? Create(2); }
        }

        /// <summary>machine.ADC.</summary>
        public static PyType Adc
        {
            get { return s_types[3] ?? Create(3); }
        }

        /// <summary>machine.ADCBlock.</summary>
        public static PyType AdcBlock
        {
            get { return s_types[4] ?? Create(4); }
        }

        /// <summary>machine.PWM.</summary>
        public static PyType Pwm
        {
            get { return s_types[5] ?? Create(5); }
        }

        /// <summary>machine.I2C.</summary>
        public static PyType I2c
        {
            get { return s_types[6] ?? Create(6); }
        }

        /// <summary>machine.SoftI2C.</summary>
        public static PyType SoftI2c
        {
            get { return s_types[7] ?? Create(7); }
        }

        /// <summary>machine.SPI.</summary>
        public static PyType Spi
        {
            get { return s_types[8] ?? Create(8); }
        }

        /// <summary>machine.SoftSPI.</summary>
        public static PyType SoftSpi
        {
            get { return s_types[9] ?? Create(9); }
        }

        /// <summary>machine.UART.</summary>
        public static PyType Uart
        {
            get { return s_types[10] ?? Create(10); }
        }

        /// <summary>machine.Timer.</summary>
        public static PyType Timer
        {
            get { return s_types[11] ?? Create(11); }
        }

        /// <summary>machine.RTC.</summary>
        public static PyType Rtc
        {
            get { return s_types[12] ?? Create(12); }
        }

        /// <summary>machine.WDT.</summary>
        public static PyType Wdt
        {
            get { return s_types[13] ?? Create(13); }
        }

        /// <summary>machine.TouchPad.</summary>
        public static PyType TouchPad
        {
            get { return s_types[14] ?? Create(14); }
        }

        /// <summary>machine.DAC.</summary>
        public static PyType Dac
        {
            get { return s_types[15] ?? Create(15); }
        }

        /// <summary>machine.Counter.</summary>
        public static PyType Counter
        {
            get { return s_types[16] ?? Create(16); }
        }

        /// <summary>machine.Encoder.</summary>
        public static PyType Encoder
        {
            get { return s_types[17] ?? Create(17); }
        }

        /// <summary>The type of machine.mem8/mem16/mem32.</summary>
        public static PyType Mem
        {
            get { return s_types[18] ?? Create(18); }
        }

        /// <summary>The machine.X class of a lazy module attribute index (see MachineModule.LazyNames).</summary>
        internal static PyType ByIndex(int i)
        {
            return s_types[i] ?? Create(i);
        }

        /// <summary>Registers the dictionary filler (once per process).</summary>
        internal static void Install()
        {
            PyType.AddFiller(Fill);
        }

        // Builds type i with its constructor, unless another thread did.
        private static PyType Create(int i)
        {
            PyType t;
            switch (i)
            {
                case 0:
                    t = new PyType("Pin", PyTypes.Object, 0);
                    t.New = MachinePin.New;
                    break;
                case 1:
                    t = new PyType("IRQ", PyTypes.Object, 0);
                    break;
                case 2:
                    t = new PyType("Signal", PyTypes.Object, 0);
                    t.New = MachineSignal.New;
                    break;
                case 3:
                    t = new PyType("ADC", PyTypes.Object, 0);
                    t.New = MachineAdc.New;
                    break;
                case 4:
                    t = new PyType("ADCBlock", PyTypes.Object, 0);
                    t.New = MachineAdcBlock.New;
                    break;
                case 5:
                    t = new PyType("PWM", PyTypes.Object, 0);
                    t.New = MachinePwm.New;
                    break;
                case 6:
                    t = new PyType("I2C", PyTypes.Object, 0);
                    t.New = MachineI2c.NewHardware;
                    break;
                case 7:
                    t = new PyType("SoftI2C", PyTypes.Object, 0);
                    t.New = MachineI2c.NewSoft;
                    break;
                case 8:
                    t = new PyType("SPI", PyTypes.Object, 0);
                    t.New = MachineSpi.NewHardware;
                    break;
                case 9:
                    t = new PyType("SoftSPI", PyTypes.Object, 0);
                    t.New = MachineSpi.NewSoft;
                    break;
                case 10:
                    t = new PyType("UART", PyTypes.Object, 0);
                    t.New = MachineUart.New;
                    break;
                case 11:
                    t = new PyType("Timer", PyTypes.Object, 0);
                    t.New = MachineTimer.New;
                    break;
                case 12:
                    t = new PyType("RTC", PyTypes.Object, 0);
                    t.New = MachineRtc.New;
                    break;
                case 13:
                    t = new PyType("WDT", PyTypes.Object, 0);
                    t.New = MachineWdt.New;
                    break;
                case 14:
                    t = new PyType("TouchPad", PyTypes.Object, 0);
                    t.New = MachineTouchPad.New;
                    break;
                case 15:
                    t = new PyType("DAC", PyTypes.Object, 0);
                    t.New = MachineDac.New;
                    break;
                case 16:
                    t = new PyType("Counter", PyTypes.Object, 0);
                    t.New = MachineCounter.NewCounter;
                    break;
                case 17:
                    t = new PyType("Encoder", PyTypes.Object, 0);
                    t.New = MachineCounter.NewEncoder;
                    break;
                case 18:
                    t = new PyType("mem", PyTypes.Object, 0);
                    break;
                default:
                    return null;
            }

            return LazyTypes.Publish(s_types, i, t);
        }

        // Whether t is machine type i (without creating it).
        private static bool Is(PyType t, int i)
        {
            return ReferenceEquals(t, s_types[i]);
        }

        private static void Fill(PyType t, PyDict d)
        {
            if (Is(t, 0))
            {
                MachinePin.FillType(t, d);
            }
            else if (Is(t, 1))
            {
                MachineIrq.FillType(t, d);
            }
            else if (Is(t, 2))
            {
                MachineSignal.FillType(t, d);
            }
            else if (Is(t, 3))
            {
                MachineAdc.FillType(t, d);
            }
            else if (Is(t, 4))
            {
                MachineAdcBlock.FillType(t, d);
            }
            else if (Is(t, 5))
            {
                MachinePwm.FillType(t, d);
            }
            else if (Is(t, 6) || Is(t, 7))
            {
                MachineI2c.FillType(t, d);
            }
            else if (Is(t, 8) || Is(t, 9))
            {
                MachineSpi.FillType(t, d);
            }
            else if (Is(t, 10))
            {
                MachineUart.FillType(t, d);
            }
            else if (Is(t, 11))
            {
                MachineTimer.FillType(t, d);
            }
            else if (Is(t, 12))
            {
                MachineRtc.FillType(t, d);
            }
            else if (Is(t, 13))
            {
                MachineWdt.FillType(t, d);
            }
            else if (Is(t, 14))
            {
                MachineTouchPad.FillType(t, d);
            }
            else if (Is(t, 15))
            {
                MachineDac.FillType(t, d);
            }
            else if (Is(t, 16) || Is(t, 17))
            {
                MachineCounter.FillType(t, d);
            }
        }
    }
}
