using System;

namespace NanoPython.Hal.Simulated;

/// <summary>A board description that cannot be used (bad JSON, unknown device, missing pin); the message says where.</summary>
public sealed class BoardDescriptionException : Exception
{
    /// <summary>An error with its message.</summary>
    public BoardDescriptionException(string message)
        : base(message)
    {
    }
}
