using System.ComponentModel.DataAnnotations;

namespace DeptBudget.Web.Review;

/// <summary>
/// The state of one file of an import: 排队中 → 读取中 → 已识别 (what it states is known; it waits for the other
/// files of its batch to be grouped into disclosures) → 排队中 → 读取中 → 已审核 | 失败.
/// </summary>
public enum ItemState { Queued = 0, Reading = 1, Checked = 2, Failed = 3, Identified = 4 }

/// <summary>One upload of many files (or one zip, or a CLI folder) by a reviewer or an admin.</summary>
public sealed class DeskBatch
{
    public int Id { get; set; }
    [MaxLength(256)] public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public int FileCount { get; set; }
    /// <summary>The importer's region (a reviewer's): files of other regions are refused. Null for every region.</summary>
    [MaxLength(100)] public string? Region { get; set; }
    /// <summary>Its files were grouped into disclosures (once every file was identified): set once, by one worker.</summary>
    public bool Grouped { get; set; }
}

/// <summary>
/// One file of a batch. Its bytes stay in the database until it is checked, so that any instance can process
/// it and a restart or a killed instance loses nothing; a failed file keeps its bytes and its Chinese reason.
/// </summary>
public sealed class DeskItem
{
    public int Id { get; set; }
    public int BatchId { get; set; }
    [MaxLength(500)] public required string FileName { get; set; }
    public long Size { get; set; }
    public byte[]? Content { get; set; }
    public ItemState State { get; set; }
    /// <summary>How many times processing started; bounded by <see cref="DeskOptions.MaxAttempts"/>.</summary>
    public int Attempts { get; set; }
    [MaxLength(2000)] public string? Reason { get; set; }
    public int? BudgetId { get; set; }
    [MaxLength(200)] public string? Department { get; set; }
    public int? Year { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    [MaxLength(100)] public string? JobId { get; set; }
    [MaxLength(200)] public string? Worker { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>What the file holds (<see cref="DeptBudget.Reading.PartRole"/>), once identified; -1 stands alone (a JSON).</summary>
    public int? Role { get; set; }
    /// <summary>The scope it states (<see cref="DeptBudget.Model.BudgetScope"/>), once identified.</summary>
    public int? Scope { get; set; }
    /// <summary>The amounts it prints, space-separated, once identified: they tie an unnamed part to its tables.</summary>
    public string? Amounts { get; set; }
    /// <summary>The file that leads its disclosure (its own id when it leads); set when the batch is grouped.</summary>
    public int? LeadItemId { get; set; }
}

/// <summary>Settings of the desk (configuration section DeptBudget:Desk).</summary>
public sealed class DeskOptions
{
    /// <summary>Tries of one file before it is reported failed (a file that cannot be read fails at once).</summary>
    public int MaxAttempts { get; set; } = 3;
    /// <summary>Hangfire workers of this instance; default one per core.</summary>
    public int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);
    /// <summary>How often idle workers look for queued jobs.</summary>
    public double PollSeconds { get; set; } = 1;
    /// <summary>
    /// A job fetched by an instance that dies is handed to another after this long (its live owner keeps
    /// extending it on PostgreSQL). Short enough that a killed instance's files are taken over within a minute.
    /// </summary>
    public double InvisibilitySeconds { get; set; } = 30;
    /// <summary>False: this instance serves pages and queues jobs but runs none (another instance does).</summary>
    public bool RunJobs { get; set; } = true;
    /// <summary>Files of one batch, after zips are expanded.</summary>
    public int MaxFiles { get; set; } = 2000;
}
