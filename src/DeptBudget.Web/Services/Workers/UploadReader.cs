using DeptBudget.Model;

namespace DeptBudget.Web.Services.Workers;

/// <summary>
/// Reads an upload into a disclosure on behalf of a request, inside the <see cref="ReadGate"/>. In this
/// process (<see cref="InProcessReader"/>: tests, `dotnet run` of the web project, configured
/// `DeptBudget:Limits:ReadWorker=in-process`) or in a killable worker process (<see cref="WorkerPool"/>: `serve`).
/// </summary>
public interface IUploadReader
{
    /// <summary>The disclosure, or an <see cref="IntakeException"/> with the status and the Chinese reason.</summary>
    Disclosure Read(byte[] content, string name, CancellationToken aborted);

    /// <summary>
    /// The files of one disclosure read as one (<see cref="Intake.Read(IReadOnlyList{UploadFile}, long, long)"/>): each
    /// within the upload limit, together within <paramref name="maxTotalBytes"/> (the upload limit when they came in one request).
    /// </summary>
    Disclosure Read(IReadOnlyList<UploadFile> files, long maxTotalBytes, CancellationToken aborted);

    /// <summary>The disclosure and its checks' findings, both within the read's limits where the reader can bound them.</summary>
    CheckedUpload ReadAndCheck(byte[] content, string name, CancellationToken aborted);
}

/// <summary>An upload read and checked: its findings capped per rule, the counts of all of them.</summary>
public sealed record CheckedUpload(Disclosure Disclosure, IReadOnlyList<FindingView> Findings, int Errors, int Warnings);

/// <summary>
/// The read on the calling thread, bounded by the gate's <see cref="Reading.Guards.ReadScope"/> and the pre-scans; the
/// checks after it are bounded only by the gate answering at its limit (their loops know no deadline).
/// </summary>
public sealed class InProcessReader(DeptBudgetSettings settings, CheckService checks) : IUploadReader
{
    public Disclosure Read(byte[] content, string name, CancellationToken aborted) => Intake.Read(content, name, settings.Limits.MaxUploadBytes);

    public Disclosure Read(IReadOnlyList<UploadFile> files, long maxTotalBytes, CancellationToken aborted) =>
        Intake.Read(files, settings.Limits.MaxUploadBytes, maxTotalBytes);

    public CheckedUpload ReadAndCheck(byte[] content, string name, CancellationToken aborted)
    {
        var disclosure = Read(content, name, aborted);
        var all = checks.Check(disclosure);
        return new CheckedUpload(disclosure, CheckService.Capped(all), all.Count(f => f.IsError), all.Count(f => f.IsWarning));
    }
}
