using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeptBudget.Model;

/// <summary>
/// 科目编码 of a classification: 3 digits for a 类 (class), 5 for a 款 (section), 7 for a 项 (item),
/// e.g. 210 → 21012 → 2101202. Economic codes use the same shape (301 → 30101 → 3010201).
/// </summary>
[JsonConverter(typeof(AccountCodeJsonConverter))]
public readonly record struct AccountCode
{
    public string Value { get; }

    private AccountCode(string value) => Value = value;

    /// <summary>1 for 类, 2 for 款, 3 for 项.</summary>
    public int Level => Value.Length switch { 3 => 1, 5 => 2, _ => 3 };

    public AccountCode Class => new(Value[..3]);
    public AccountCode? Section => Value.Length >= 5 ? new AccountCode(Value[..5]) : null;
    public AccountCode? Parent => Value.Length switch { 3 => null, 5 => new AccountCode(Value[..3]), _ => new AccountCode(Value[..5]) };

    public bool IsWithin(AccountCode ancestor) => Value.StartsWith(ancestor.Value, StringComparison.Ordinal);

    public static bool TryParse(string? text, out AccountCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim();
        if (s.Length is not (3 or 5 or 7)) return false;
        foreach (var c in s) if (c is < '0' or > '9') return false;
        code = new AccountCode(s);
        return true;
    }

    public static AccountCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"科目编码 '{text}' is not 3, 5 or 7 digits");

    /// <summary>Joins the 类|款|项 columns as printed ("210", "12", "02") into one code.</summary>
    public static bool TryJoin(string? @class, string? section, string? item, out AccountCode code) =>
        TryParse((@class ?? "").Trim() + (section ?? "").Trim() + (item ?? "").Trim(), out code);

    public override string ToString() => Value ?? "";
}

internal sealed class AccountCodeJsonConverter : JsonConverter<AccountCode>
{
    public override AccountCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.GetString();
        return AccountCode.TryParse(s, out var code)
            ? code
            : throw new JsonException($"'{s}' is not an account code of 3, 5 or 7 digits");
    }

    public override void Write(Utf8JsonWriter writer, AccountCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
