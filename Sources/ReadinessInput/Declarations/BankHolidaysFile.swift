/// `bank-holidays.csv`, declared once: the days that are not working days besides weekends.
enum BankHolidaysFile {
    static let date = ColumnKey.date("Date", summary: "a bank holiday or other closure day")
    static let name = ColumnKey.text("Name", required: false, summary: "its name")

    /// The file's declaration.
    static let declaration = DataFileDeclaration(
        "bank-holidays.csv", purpose: "days that are not working days besides weekends",
        columns: [date.column, name.column])
}
