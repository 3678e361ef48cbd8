namespace DeptBudget.Web.Pages;

/// <summary>
/// Chinese names of the canonical JSON's fields and amount keys (GLOSSARY.md, the comments of AmountKeys),
/// so that no internal word (ownLevelAppropriation, decrease) reaches a user in the history or the forms.
/// </summary>
public static class FieldNames
{
    private static readonly Dictionary<string, string> Amounts = new()
    {
        ["total"] = "合计", ["basicExpenditure"] = "基本支出", ["personnelCost"] = "人员经费",
        ["wagesAndBenefits"] = "工资福利支出", ["householdTransfers"] = "对个人和家庭的补助", ["operatingCost"] = "公用经费",
        ["goodsAndServices"] = "商品和服务支出", ["capitalOutlay"] = "资本性支出", ["projectExpenditure"] = "项目支出",
        ["operationalProject"] = "其他运转类", ["specificPurposeProject"] = "特定目标类", ["personnelProject"] = "人员类项目",
        ["generalProject"] = "一般性项目", ["specialFund"] = "专项资金", ["carryoverOut"] = "年终结转结余",
        ["fiscalAppropriation"] = "财政拨款（小计）", ["generalPublicBudget"] = "一般公共预算", ["ownLevelAppropriation"] = "其中：财政拨款",
        ["administrativeFees"] = "行政事业性收费", ["specialRevenue"] = "专项收入", ["assetIncome"] = "国有资产资源有偿使用收入",
        ["housingFundIncome"] = "政府住房基金收入", ["advanceTransferFromAbove"] = "上级提前告知转移支付",
        ["governmentFundBudget"] = "政府性基金预算", ["stateCapitalBudget"] = "国有资本经营预算", ["specialAccountFunds"] = "财政专户管理资金",
        ["institutionRevenue"] = "事业收入", ["institutionBusinessRevenue"] = "事业单位经营收入", ["superiorSubsidyRevenue"] = "上级补助收入",
        ["affiliateRemittanceRevenue"] = "附属单位上缴收入", ["otherRevenue"] = "其他收入", ["unitFunds"] = "单位资金",
        ["carryoverIn"] = "上年结转（结余）", ["departmentCarryover"] = "部门财政性资金结转", ["nonAppropriationBalanceUsed"] = "使用非财政拨款结余",
        ["institutionFundUsed"] = "用事业基金弥补收支差额", ["revenue"] = "收入", ["revenueThisYear"] = "本年收入合计",
        ["revenueTotal"] = "收入总计", ["expenditureThisYear"] = "本年支出合计", ["expenditureTotal"] = "支出总计",
        ["officialOverseasTravel"] = "因公出国（境）费", ["officialVehicles"] = "公务用车购置及运行费", ["vehiclePurchase"] = "公务用车购置费",
        ["vehicleOperation"] = "公务用车运行维护费", ["officialReception"] = "公务接待费", ["agencyOperatingCost"] = "机关运行经费",
        ["remittanceToSuperior"] = "上缴上级支出", ["businessExpenditure"] = "经营支出", ["subsidyToAffiliates"] = "对附属单位补助支出",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["meta"] = "基本信息", ["department"] = "部门", ["year"] = "年度", ["scope"] = "范围", ["layout"] = "格式", ["title"] = "标题",
        ["contents"] = "目录", ["sourceFile"] = "原文件", ["budget"] = "预算数据", ["units"] = "单位", ["revenue"] = "收入",
        ["expenditure"] = "支出", ["basicEconomic"] = "基本支出（经济分类）", ["economicSummary"] = "支出经济分类汇总",
        ["threePublic"] = "“三公”经费", ["projects"] = "项目", ["tables"] = "附表", ["rows"] = "行", ["cells"] = "单元格",
        ["columns"] = "栏目", ["header"] = "表头", ["notes"] = "表注", ["emptyNote"] = "无数据说明", ["narrative"] = "说明",
        ["sections"] = "章节", ["paragraphs"] = "段落", ["paragraph"] = "段落", ["part"] = "部分", ["text"] = "文字", ["numbers"] = "数字",
        ["facts"] = "说明中的数据", ["changes"] = "增减说明", ["subject"] = "项目", ["thisYear"] = "本年数", ["change"] = "增减额",
        ["rate"] = "增减率", ["direction"] = "增减", ["reason"] = "原因", ["lastYear"] = "上年数", ["amounts"] = "金额", ["amount"] = "金额",
        ["code"] = "代码", ["name"] = "名称", ["kind"] = "类型", ["unitCode"] = "单位代码", ["unitName"] = "单位名称", ["parentCode"] = "上级单位代码",
        ["functionCode"] = "功能分类科目编码", ["functionName"] = "功能分类科目名称", ["functionClass"] = "功能分类", ["classFunding"] = "分科目资金",
        ["governmentCode"] = "政府经济分类编码", ["governmentName"] = "政府经济分类名称", ["departmentCode"] = "部门经济分类编码",
        ["departmentName"] = "部门经济分类名称", ["projectCode"] = "项目编码", ["projectName"] = "项目名称", ["projectCount"] = "项目个数",
        ["projectTargets"] = "项目绩效目标", ["departmentTarget"] = "部门整体绩效目标", ["targetedProjectCount"] = "设定绩效目标的项目个数",
        ["targetedAmount"] = "设定绩效目标的项目金额", ["objective"] = "目标", ["objectives"] = "目标", ["indicators"] = "指标",
        ["level1"] = "一级指标", ["level2"] = "二级指标", ["operator"] = "运算符", ["value"] = "指标值", ["unit"] = "计量单位",
        ["isQuantitative"] = "是否定量", ["tasks"] = "任务", ["procurement"] = "政府采购", ["goods"] = "货物", ["works"] = "工程",
        ["services"] = "服务", ["assets"] = "国有资产占用", ["vehicleTotal"] = "车辆总数", ["vehiclesByKind"] = "各类车辆",
        ["generalEquipmentOver50"] = "单价 50 万元以上通用设备", ["specialEquipmentOver100"] = "单价 100 万元以上专用设备",
        ["specialTransfers"] = "专项转移支付", ["agencyOperatingCostItems"] = "机关运行经费用途", ["agencyOperatingCostLines"] = "机关运行经费明细",
        ["unread"] = "未读取的内容", ["excerpt"] = "摘录", ["explanation"] = "说明", ["content"] = "内容", ["line"] = "行号", ["offset"] = "位置",
        ["number"] = "序号", ["id"] = "表", ["tableId"] = "表", ["key"] = "含义", ["source"] = "来源", ["relation"] = "关系",
        ["status"] = "状态", ["region"] = "地区", ["schemaVersion"] = "格式版本", ["disclosure"] = "公开文本",
    };

    /// <summary>An amount key in Chinese: ownLevelAppropriation → 其中：财政拨款; lastYear.x → 上年 x; budgeted.x → x（预算数）.</summary>
    public static string Amount(string key)
    {
        if (key.StartsWith("lastYear.", StringComparison.Ordinal)) return "上年" + Amount(key["lastYear.".Length..]);
        if (key.StartsWith("budgeted.", StringComparison.Ordinal)) return Amount(key["budgeted.".Length..]) + "（预算数）";
        if (key.StartsWith("carryoverIn.", StringComparison.Ordinal)) return "上年结转（" + Amount(key["carryoverIn.".Length..]) + "）";
        return Amounts.TryGetValue(key, out var n) ? n : Fields.TryGetValue(key, out var f) ? f : "其他金额";
    }

    /// <summary>A field of the canonical JSON in Chinese; one this list does not know is named as such, never by its code name.</summary>
    public static string Field(string name) => Fields.TryGetValue(name, out var n) ? n : Amounts.TryGetValue(name, out var a) ? a : "其他项";

    /// <summary>增加 / 减少 / 持平 for the direction words of the narrative's year-on-year statements.</summary>
    public static string Direction(string? direction) => direction switch
    {
        "increase" => "增加",
        "decrease" => "减少",
        "unchanged" => "持平",
        _ => "",
    };
}
