using System.IO;
using nanoFramework.System.IO.FileSystem;
using NanoPython.Hal;
using NanoPython.Hal.Esp32;

namespace NanoPython.Firmware.Esp32
{
    /// <summary>
    /// The board's file systems: the internal flash (nanoFramework's LittleFS drive I:\, mounted by the firmware at
    /// start-up and formatted by it when it holds no file system) and, when nf.config asks for one (sd.mode), an SD card,
    /// which nanoFramework mounts as D:\. A missing card is not an error: the board starts without "/sd".
    /// </summary>
    internal static class Drives
    {
        // The card object must live as long as the mount: its finalizer unmounts the drive.
        private static SDCard s_card;

        /// <summary>The internal flash, or null when the firmware has no I: drive.</summary>
        public static IFileSystem Internal()
        {
            try
            {
                if (Directory.Exists("I:\\"))
                {
                    return new Esp32FileSystem("I:");
                }
            }
            catch (System.Exception)
            {
                // No file system support in this firmware image.
            }

            return null;
        }

        /// <summary>The SD card of settings mounted, or null (sd.mode off, no card, no SD support in the firmware).</summary>
        public static IFileSystem SdCard(FirmwareSettings settings)
        {
            if (settings.SdMode == FirmwareSettings.SdOff)
            {
                return null;
            }

            try
            {
                SDCard card;
                if (settings.SdMode == FirmwareSettings.SdMmc)
                {
                    SDCardMmcParameters mmc = new SDCardMmcParameters();
                    mmc.slotIndex = 0;
                    mmc.dataWidth = SDCard.SDDataWidth._1_bit;
                    card = new SDCard(mmc);
                }
                else
                {
                    SDCardSpiParameters spi = new SDCardSpiParameters();
                    spi.spiBus = (uint)settings.SdSpiBus;
                    spi.chipSelectPin = (uint)settings.SdCsPin;
                    card = new SDCard(spi);
                }

                card.Mount();
                if (card.IsMounted && Directory.Exists("D:\\"))
                {
                    s_card = card;
                    return new Esp32FileSystem("D:");
                }

                card.Dispose();
            }
            catch (System.Exception)
            {
                // No card in the slot, or no SD support in this firmware image: the board starts without /sd.
            }

            return null;
        }
    }
}
