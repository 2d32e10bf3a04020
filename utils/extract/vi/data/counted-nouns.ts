/**
 * What Vietnamese news counts: a number followed by one of these is a statistic.
 * Longer entries win (`vụ việc` over `vụ`). Time units are left out on purpose:
 * `10 năm`, `6 tháng` are durations, not statistics.
 */
export const COUNTED_NOUNS: string[] = [
  // cases and people
  'vụ', 'vụ việc', 'vụ án', 'vụ vi phạm', 'vụ tai nạn', 'vụ tai nạn giao thông', 'vụ cháy', 'vụ cháy nổ',
  'đối tượng', 'bị can', 'bị cáo', 'phạm nhân', 'nạn nhân', 'người', 'người dân', 'người lao động', 'người nghiện',
  'trường hợp', 'lượt', 'lượt người', 'lượt xe', 'tập thể', 'cá nhân', 'hộ', 'hộ gia đình', 'hộ dân', 'gia đình',
  'cán bộ', 'chiến sĩ', 'cán bộ, chiến sĩ', 'đảng viên', 'đoàn viên', 'hội viên', 'học sinh', 'sinh viên', 'giáo viên',
  'công nhân', 'lao động', 'đại biểu', 'thí sinh', 'bệnh nhân', 'ca', 'ca mắc', 'trẻ em', 'cháu', 'em', 'tình nguyện viên',
  'công dân', 'thuyền viên', 'ngư dân', 'du khách', 'khách', 'tài xế', 'lái xe',
  // organizations and places
  'doanh nghiệp', 'cơ sở', 'cơ sở giáo dục', 'cơ quan', 'đơn vị', 'tổ chức', 'xã', 'phường', 'huyện', 'tỉnh',
  'thôn', 'bản', 'tổ', 'mô hình', 'câu lạc bộ', 'điểm', 'điểm nóng', 'nhóm', 'băng', 'ổ nhóm', 'đường dây', 'trường',
  'trường học', 'cửa hàng', 'căn hộ', 'căn nhà', 'ngôi nhà', 'nhà', 'công trình', 'dự án', 'hồ sơ', 'văn bản',
  'địa điểm', 'điểm bán', 'điểm bán lẻ', 'điểm đen', 'điểm đăng ký', 'tỉnh, thành phố', 'tỉnh, thành',
  'quận, huyện', 'xã, phường', 'xã, phường, thị trấn', 'huyện, thị xã, thành phố', 'tổ công tác', 'đoàn công tác',
  'tổ tuần tra', 'chốt', 'lô', 'lô đất', 'thửa đất', 'bất động sản', 'cổ phiếu', 'nhà trọ', 'chung cư', 'chung cư mini',
  'cộng tác viên', 'nhân viên', 'nhân viên y tế', 'y bác sĩ', 'bác sĩ', 'tin, bài', 'tin bài', 'tài khoản mạng xã hội',
  'đồng phạm', 'bị hại', 'người bị hại', 'khách hàng', 'nhà đầu tư', 'hợp đồng', 'tác phẩm', 'giải thưởng',
  'bằng khen', 'giấy khen', 'huy chương', 'sản phẩm', 'mặt hàng', 'container', 'thùng', 'bao', 'kiện', 'hộp', 'chai',
  'lượt phương tiện', 'vi phạm', 'lỗi vi phạm', 'giấy phép lái xe', 'bằng lái', 'biển số',
  'quyết định xử phạt', 'vụ việc vi phạm', 'hành vi', 'hành vi vi phạm', 'đường dây', 'tuyến đường', 'tuyến', 'cầu',
  'xe tải', 'xe chữa cháy', 'xe cứu thương', 'xe thang', 'máy tính', 'máy tính xách tay', 'khu công nghiệp',
  'chủ đầu tư', 'người chơi', 'đoàn kiểm tra', 'đoàn thanh tra', 'tổ giám sát', 'tổ công tác', 'mẫu', 'mẫu thực phẩm',
  'hộ gia đình, cá nhân', 'con bạc', 'chiếu bạc', 'ổ nhóm', 'ổ dịch', 'ca mắc mới', 'ca tử vong', 'ca tuần tra',
  'hòa giải viên', 'tổ hòa giải', 'khoản vay', 'giao dịch', 'tin nhắn', 'cuộc gọi', 'nghị quyết', 'thành viên',
  'km đường', 'hecta', 'căn', 'phòng', 'giường', 'giường bệnh', 'suất', 'suất quà', 'phần quà', 'món quà', 'ngôi mộ',
  // things seized and counted
  'phương tiện', 'xe', 'xe máy', 'xe mô tô', 'mô tô', 'ô tô', 'xe ô tô', 'chiếc', 'chiếc xe', 'tàu', 'thuyền',
  'khẩu súng', 'súng', 'viên đạn', 'quả pháo', 'bánh', 'viên', 'bánh heroin', 'viên ma túy', 'viên ma túy tổng hợp', 'gói',
  'điện thoại', 'điện thoại di động', 'camera', 'con', 'cây', 'máy tính', 'thẻ ngân hàng', 'tờ tiền', 'khẩu',
  'tin báo', 'tin báo, tố giác', 'đơn thư', 'tố giác', 'lần', 'buổi', 'cuộc', 'hội nghị', 'lớp', 'đợt',
  'bài', 'bài viết', 'tin', 'tin bài', 'tài liệu', 'tờ rơi', 'biển báo', 'giấy phép', 'quyết định', 'biên bản',
  'tài khoản', 'website', 'trang web', 'sim', 'thẻ',
  // measures
  'kg', 'kilôgam', 'gam', 'gram', 'g', 'tấn', 'lít', 'm3', 'm²', 'm2', 'ha', 'héc ta', 'km', 'mét', 'm', 'cm',
];

/** What a measure may be of, kept in the span: `10 kg ma túy`. */
export const MEASURED_GOODS: string[] = [
  'ma túy', 'ma túy tổng hợp', 'heroin', 'ketamine', 'cần sa', 'thuốc phiện', 'pháo', 'pháo nổ', 'thuốc lá',
  'hàng hóa', 'hàng lậu', 'gỗ', 'cát', 'xăng', 'dầu', 'vàng', 'thực phẩm', 'thịt', 'rác', 'rác thải',
];

/** Units of a measure, which take MEASURED_GOODS after them. */
export const MEASURE_UNITS: string[] = ['kg', 'kilôgam', 'gam', 'gram', 'g', 'tấn', 'lít', 'm3', 'bánh', 'viên', 'gói'];

/** Currencies: the text's word and the ISO code stored as the unit. */
export const CURRENCIES: Record<string, string> = {
  'đồng': 'VND', 'VNĐ': 'VND', 'VND': 'VND', 'vnđ': 'VND', 'USD': 'USD', 'đô la Mỹ': 'USD', 'đô la': 'USD',
  'đôla': 'USD', 'EUR': 'EUR', 'euro': 'EUR', 'nhân dân tệ': 'CNY', 'yên': 'JPY', 'bảng Anh': 'GBP',
};

/** Scale words after a number: `1,2 triệu`, `1.000 tỷ`. */
export const SCALES: Record<string, number> = {
  'nghìn': 1e3, 'ngàn': 1e3, 'triệu': 1e6, 'tỷ': 1e9, 'tỉ': 1e9, 'nghìn tỷ': 1e12, 'ngàn tỷ': 1e12,
};

/** Number words, for counts written out (`hai đối tượng`). `một` is left out (mostly "a"), and `năm` (mostly "year"). */
export const NUMBER_WORDS: Record<string, number> = {
  'hai': 2, 'ba': 3, 'bốn': 4, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
  'hàng chục': 10, 'hàng trăm': 100, 'hàng nghìn': 1000, 'hàng ngàn': 1000, 'hàng vạn': 10000,
  'hàng triệu': 1e6, 'hàng tỷ': 1e9, 'hàng tỉ': 1e9, 'hàng chục nghìn': 1e4, 'hàng trăm nghìn': 1e5,
  'hàng chục ngàn': 1e4, 'hàng trăm ngàn': 1e5, 'hàng chục triệu': 1e7, 'hàng trăm triệu': 1e8,
  'hàng chục tỷ': 1e10, 'hàng trăm tỷ': 1e11, 'hàng nghìn tỷ': 1e12,
};

/** Words before a number that qualify it, and how. */
export const QUALIFIERS: Record<string, 'nearly' | 'over' | 'about' | 'under' | 'at least' | 'at most'> = {
  'gần': 'nearly', 'hơn': 'over', 'trên': 'over', 'khoảng': 'about', 'chừng': 'about',
  'tầm': 'about', 'xấp xỉ': 'about', 'ít nhất': 'at least', 'tối thiểu': 'at least',
  'dưới': 'under', 'chưa đến': 'under', 'chưa tới': 'under', 'không quá': 'at most',
};

/**
 * Words that, right after a number, show it counts nothing: time units (`10 năm`
 * is a duration), ages, function words and verbs (`2023 là`, `52 bị bắt`). A number
 * followed by any other lowercase word is read as counting that word, even when
 * COUNTED_NOUNS does not list it (`38 giao dịch`, `26 xuồng máy`).
 */
export const NOT_COUNTED: string[] = [
  'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'tuổi', 'thế', 'kỳ', 'khóa', 'độ', 'đời', 'buổi',
  'và', 'của', 'với', 'là', 'có', 'được', 'bị', 'đã', 'đang', 'sẽ', 'cho', 'tại', 'trong', 'ngoài', 'từ', 'đến', 'tới',
  'trên', 'dưới', 'về', 'theo', 'như', 'khi', 'thì', 'mà', 'nhưng', 'hoặc', 'hay', 'này', 'đó', 'kia', 'nữa', 'rồi',
  'cũng', 'vẫn', 'còn', 'chỉ', 'lại', 'ra', 'vào', 'lên', 'xuống', 'qua', 'sau', 'trước', 'giữa', 'bên', 'nay', 'cả',
  'các', 'những', 'mỗi', 'mọi', 'nhiều', 'ít', 'hơn', 'gần', 'khoảng', 'so', 'bằng', 'gồm', 'thuộc', 'tính', 'đạt',
  'tăng', 'giảm', 'chiếm', 'xảy', 'ở', 'để', 'do', 'vì', 'nên', 'nếu', 'thêm', 'trăm', 'mươi', 'lẻ', 'rưỡi', 'phẩy',
  'lần', 'thứ', 'số', 'điều', 'khoản', 'mục', 'chương', 'phần', 'bậc', 'cấp', 'hạng', 'loại', 'tầng', 'tập', 'trang',
  'h', 'g', 'tiếng', 'đêm', 'sáng', 'trưa', 'chiều', 'tối', 'hôm', 'dịp', 'lượt', 'năm',
];
