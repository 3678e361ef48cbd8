using System.Globalization;
using System.Runtime.InteropServices;

namespace DeptBudget.Web.Services.Workers;

/// <summary>
/// A read worker dies with the server that started it. An idle worker would end anyway when its input closes,
/// but one in the middle of a read (or paused by <see cref="ShortReadsFirst"/>) would not: read workers were
/// seen left behind after the server stopped (issue 17). The kernel kills the worker when its parent goes
/// (PR_SET_PDEATHSIG, SIGKILL: a paused process dies too); a parent that had already gone before that was set
/// is noticed at once, and a watch of the parent's id once a second covers kernels without the call.
/// </summary>
internal static class ParentWatch
{
    /// <summary>Set by the server: its process id.</summary>
    public const string ParentVariable = "DEPTBUDGET_READ_WORKER_PARENT";

    private const int PrSetPdeathsig = 1, SigKill = 9;
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    /// <summary>Call first thing in the worker. Without a parent given, the parent at the start is the one watched.</summary>
    public static void Arm()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            var expected = int.TryParse(Environment.GetEnvironmentVariable(ParentVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : getppid();
            _ = prctl(PrSetPdeathsig, SigKill, 0, 0, 0);
            if (getppid() != expected) Die();
            new Thread(() =>
            {
                while (true)
                {
                    Thread.Sleep(Every);
                    if (getppid() != expected) Die();
                }
            }) { IsBackground = true, Name = "deptbudget-parent-watch" }.Start();
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { }
    }

    // At once, whatever the read thread is doing: nothing of a read is worth finishing for a server that is gone.
    private static void Die() => _ = kill(Environment.ProcessId, SigKill);

    [DllImport("libc")]
    private static extern int prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [DllImport("libc")]
    private static extern int getppid();

    [DllImport("libc")]
    private static extern int kill(int pid, int signal);
}
