/**
 * Names that follow an agency head (`Bộ` + `Công an`, `Phòng` + `Cảnh sát hình sự`).
 * Vietnamese capitalizes only a name's first word, so these lists say where a name
 * made of lowercase words ends. A name not listed is still found when its words are
 * capitalized (`Sở Nội vụ`, `Hội Nông dân`); list those with lowercase words.
 */
export const AGENCY_NAMES: string[] = [
  // Ministries and their provincial departments
  'Công an', 'Quốc phòng', 'Ngoại giao', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Công Thương',
  'Xây dựng', 'Y tế', 'Giao thông vận tải', 'Giáo dục và Đào tạo', 'Giáo dục - Đào tạo',
  'Khoa học và Công nghệ', 'Tài nguyên và Môi trường', 'Nông nghiệp và Môi trường',
  'Nông nghiệp và Phát triển nông thôn', 'Kế hoạch và Đầu tư', 'Lao động - Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội', 'Thông tin và Truyền thông', 'Văn hóa, Thể thao và Du lịch',
  'Văn hóa - Thể thao và Du lịch', 'Dân tộc và Tôn giáo', 'Văn hóa và Thông tin', 'Du lịch',
  'Thanh tra', 'Ngoại vụ', 'Dân tộc', 'Tôn giáo', 'Thi đua - Khen thưởng',
  // Police units
  'Cảnh sát hình sự', 'Cảnh sát giao thông', 'Cảnh sát giao thông đường bộ', 'Cảnh sát giao thông đường thủy',
  'Cảnh sát kinh tế', 'Cảnh sát cơ động', 'Cảnh sát môi trường', 'Cảnh sát điều tra',
  'Cảnh sát điều tra tội phạm về ma túy', 'Cảnh sát điều tra tội phạm về trật tự xã hội',
  'Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu',
  'Cảnh sát điều tra tội phạm về kinh tế, tham nhũng, buôn lậu',
  'Cảnh sát quản lý hành chính về trật tự xã hội', 'Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ', 'Cảnh sát phòng cháy, chữa cháy', 'Cảnh sát PCCC và CNCH',
  'Cảnh sát PCCC&CNCH', 'Cảnh sát quản lý trại giam', 'Cảnh sát thi hành án hình sự và hỗ trợ tư pháp',
  'Cảnh sát bảo vệ', 'Cảnh sát trật tự', 'Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao',
  'An ninh điều tra', 'An ninh chính trị nội bộ', 'An ninh kinh tế', 'An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
  'An ninh đối ngoại', 'An ninh nội địa', 'Tham mưu', 'Hậu cần', 'Kỹ thuật', 'Xây dựng phong trào bảo vệ an ninh Tổ quốc',
  'Quản lý xuất nhập cảnh', 'Hồ sơ nghiệp vụ', 'Tổ chức cán bộ', 'Công tác đảng và công tác chính trị',
  'Phòng cháy chữa cháy', 'Điều tra hình sự',
  // Party and mass organizations
  'Tuyên giáo', 'Tuyên giáo và Dân vận', 'Dân vận', 'Nội chính', 'Tổ chức', 'Kiểm tra', 'Thường vụ',
  'Thường trực', 'Chấp hành', 'Chỉ đạo', 'Bí thư', 'Kinh tế', 'Liên hiệp Phụ nữ', 'Liên hiệp Phụ nữ Việt Nam',
  'Nông dân', 'Cựu chiến binh', 'Chữ thập đỏ', 'Luật gia', 'Lao động', 'Thanh niên Cộng sản Hồ Chí Minh',
  'Thanh niên', 'Người cao tuổi', 'Khuyến học', 'Doanh nhân',
  // Courts, procuracies, inspection, finance
  'Thi hành án dân sự', 'Quản lý thị trường', 'Thuế', 'Hải quan', 'Kiểm lâm', 'Thống kê', 'Dự trữ Nhà nước',
  'An toàn thực phẩm', 'Vệ sinh an toàn thực phẩm', 'Kiểm soát bệnh tật', 'Phòng, chống tham nhũng',
  'Phòng chống tội phạm', 'các khu công nghiệp', 'khu công nghiệp', 'khu kinh tế', 'Khu kinh tế', 'phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc',
  'Đăng kiểm', 'Đường bộ', 'Hàng hải', 'Hàng không', 'Cứu hộ cứu nạn', 'Tìm kiếm cứu nạn',
  'Phát thanh - Truyền hình', 'Phát thanh và Truyền hình', 'Văn hóa', 'Thể thao',
];

/**
 * Words, written in lowercase, that continue a name made of words not listed above:
 * after a capitalized word (`Ủy ban An toàn giao thông quốc gia`, `Ủy ban Chứng khoán
 * Nhà nước`). A capitalized first syllable joins its lowercase second one only when
 * the two make a word of this list (`an toàn`, `chứng khoán`).
 */
export const NAME_WORDS: string[] = [
  'an toàn', 'an ninh', 'giao thông', 'quốc gia', 'nhà nước', 'xã hội', 'chứng khoán', 'trung ương', 'nhân dân',
  'hình sự', 'kinh tế', 'ma túy', 'tội phạm', 'trật tự', 'hành chính', 'môi trường',
  'phòng cháy', 'chữa cháy', 'cứu nạn', 'cứu hộ', 'tư pháp', 'dân sự', 'thi hành án', 'nông thôn',
  'nông nghiệp', 'đầu tư', 'công nghệ', 'khoa học', 'thông tin', 'truyền thông', 'du lịch', 'thể thao', 'văn hóa',
  'biên phòng', 'quân sự', 'cơ động', 'đặc nhiệm', 'tổng hợp', 'nghiệp vụ', 'kỹ thuật',
  'hậu cần', 'tham mưu', 'chính trị', 'nội bộ', 'đối ngoại', 'xuất nhập cảnh', 'khu vực', 'kiểm sát', 'tối cao',
  'cấp cao', 'thuế', 'hải quan', 'thị trường', 'thực phẩm', 'y tế', 'bệnh tật', 'quy hoạch', 'kiến trúc',
  'tài nguyên', 'tài chính', 'ngân hàng', 'bảo hiểm', 'lao động', 'thương binh', 'việc làm', 'dân tộc', 'tôn giáo',
  'tuyên giáo', 'dân vận', 'nội chính', 'pháp chế', 'pháp luật', 'nội vụ',
  'ngoại vụ', 'cán bộ', 'tham nhũng', 'buôn lậu',
  'gian lận', 'thương mại', 'hàng giả', 'công nghiệp', 'năng lượng', 'đô thị', 'nhà ở', 'đất đai',
  'vận tải', 'đường bộ', 'đường sắt', 'đường thủy', 'hàng hải', 'hàng không', 'bưu chính', 'viễn thông', 'phát thanh',
  'truyền hình', 'báo chí', 'dịch vụ', 'công ích', 'hành chính công', 'giải quyết',
  'khiếu nại', 'tố cáo', 'trẻ em', 'phụ nữ', 'thanh niên', 'người cao tuổi', 'cựu chiến binh',
  'chữ thập đỏ', 'nhân đạo', 'khuyến học', 'sinh viên', 'học sinh', 'bình đẳng', 'giới', 'gia đình', 'dân số',
  'hóa', 'sức khỏe', 'bệnh viện', 'dược', 'mỹ phẩm', 'thủy sản', 'lâm nghiệp', 'thủy lợi', 'kiểm lâm',
  'khí tượng', 'thủy văn', 'thiên tai', 'mạng', 'an ninh mạng', 'công nghệ cao', 'chuyển đổi số',
  'quốc phòng', 'quân khu', 'quân đội', 'công an', 'cảnh sát', 'chỉ huy',
  'hội đồng', 'liên ngành', 'đặc biệt', 'quốc tế', 'vấn đề', 'người nước ngoài', 'lãnh sự', 'ngoại giao',
  'vệ sinh', 'vệ sinh thực phẩm', 'quỹ đất', 'khu công nghiệp', 'các khu công nghiệp', 'khu kinh tế', 'liên ngành',
  'cửa khẩu', 'quốc tế', 'chi nhánh', 'tiêu cực', 'thiên tai', 'tìm kiếm cứu nạn', 'khí tượng thủy văn',
  'phòng, chống thiên tai', 'phòng chống thiên tai', 'phòng, chống ma túy', 'phòng, chống tham nhũng', 'phòng, chống tội phạm',
  'an toàn giao thông', 'biên giới', 'quản lý thị trường', 'thi hành án dân sự', 'bảo vệ thực vật', 'thú y',
  'công báo', 'chứng khoán nhà nước', 'tiền tệ', 'kho bạc', 'thống kê', 'dự trữ', 'đấu giá', 'công chứng', 'luật sư', 'trọng tài',
];

/**
 * Lowercase words that may follow a complete name or a head that needs none
 * (`Ngân hàng Nhà nước chi nhánh tỉnh`, `Chi cục Hải quan cửa khẩu quốc tế`). Kept short:
 * most lowercase words there are verbs (`Bộ Công an chỉ đạo`).
 */
export const POST_NAME_WORDS: string[] = ['phòng, chống', 'phòng chống', 'liên ngành', 'chi nhánh', 'cửa khẩu', 'cửa khẩu quốc tế', 'khu vực', 'quốc tế', 'biên giới', 'cấp cao'];

/**
 * Words of names that are also verbs (`Phát triển`, `Kiểm tra`): part of a name only
 * capitalized, right after its head (`Trung tâm Phát triển quỹ đất`, `Ủy ban Kiểm tra`),
 * never as a lowercase continuation (`Chi cục … kiểm tra` is the office doing a check).
 */
export const NAME_VERBS: string[] = ['kiểm tra', 'thanh tra', 'giám sát', 'tổ chức', 'giải quyết', 'xây dựng', 'phát triển', 'quản lý', 'chỉ đạo', 'điều hành', 'hợp tác', 'điều tra', 'tìm kiếm', 'khen thưởng', 'thi đua', 'giáo dục', 'đào tạo', 'bảo vệ', 'kế hoạch', 'dự phòng', 'phòng chống', 'phòng, chống', 'chỉ huy', 'thường trực', 'tiếp công dân', 'cứu trợ', 'xuất bản'];

/** Capitalized words after `Ban`, `Phòng`… that make a title or a board, not an agency. */
export const NOT_AGENCY_NAMES: string[] = ['Giám đốc', 'Giám hiệu', 'Biên tập'];

/** Names that are part of a title after `trưởng` (`Phó trưởng Ban Thường trực`), not a committee. */
export const TITLE_NAMES_AFTER_HEAD: string[] = ['Thường trực'];
