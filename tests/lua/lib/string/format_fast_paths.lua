-- string.format conversions done without snprintf (%d %i %u %o %x %X without
-- precision or '#', %f up to 18 decimals, %s with width/'-'/precision, plain %c)
-- must give exactly the C library's bytes
local z = 0
local negzero = -z
print(string.format("[%d][%5d][%-5d][%05d][%+d][% d][%+05d][%-+6d]", 7, -7, 7, -7, 7, 7, -7, 7))
print(string.format("[%i][%3i][%d][%d]", 123456789012, -3, 2^53, -2^63))
print(string.format("[%d][%d][%d][%d]", 3.99, -3.99, 0.5, negzero))
print(string.format("[%x][%X][%o][%u][%8x][%-8X][%08o]", 255, 48879, 8, 42, 4096, 4096, 511))
print(string.format("[%x][%X]", -1, -255))
print(string.format("[%f][%.0f][%.1f][%.2f][%.3f]", 1/3, 2.5, 0.25, 0.125, -0.0005))
print(string.format("[%.0f][%.0f][%.0f][%.0f][%.0f]", 0.5, 1.5, -0.5, -2.5, 3.5))
print(string.format("[%.f][%.0f][%5.1f][%f]", -0.3, negzero, negzero, -1e-9))
print(string.format("[%08.3f][%+.2f][% .3f][%-10.4f][%+010.2f]", 1/7, 2/3, 1/3, -1/9, -3.14159))
print(string.format("[%.18f][%.17f][%.10f]", 0.1, 1/3, 1e-5))
print(string.format("[%.3f][%.6f][%.2f]", 123456789.987654321, 9.2e18, 2^63))
print(string.format("[%f][%.2f][%f]", 1e300, 1e-300, 5e-324))
print(string.format("[%.3f][%.3f][%.1f]", 999.9995, 0.0005, 0.05))
print(string.format("[%s][%5s][%-5s][%.2s][%5.1s][%-6.3s]", "abc", "ab", "ab", "abc", "abc", "abcdef"))
print(string.format("[%s][%3s][%.1s]", "a\0b", "a\0b", "\0"), #string.format("%s", "a\0b"))
print(string.format("[%s][%10s]", 12, 2.5))
print(#string.format("%c%c%c", 65, 0, 66), string.format("[%c][%3c][%-3c]", 76, 117, 97))

-- (expected output, from lua5.1)
-- expect: [7][   -7][7    ][-0007][+7][ 7][-0007][+7    ]
-- expect: [123456789012][ -3][9007199254740992][-9223372036854775808]
-- expect: [3][-3][0][0]
-- expect: [ff][BEEF][10][42][    1000][1000    ][00000777]
-- expect: [ffffffffffffffff][FFFFFFFFFFFFFF01]
-- expect: [0.333333][2][0.2][0.12][-0.001]
-- expect: [0][2][-0][-2][4]
-- expect: [-0][-0][ -0.0][-0.000000]
-- expect: [0000.143][+0.67][ 0.333][-0.1111   ][-000003.14]
-- expect: [0.100000000000000006][0.33333333333333331][0.0000100000]
-- expect: [123456789.988][9200000000000000000.000000][9223372036854775808.00]
-- expect: [1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000][0.00][0.000000]
-- expect: [1000.000][0.001][0.1]
-- expect: [abc][   ab][ab   ][ab][    a][abc   ]
-- expect: [a][  a][]	1
-- expect: [12][       2.5]
-- expect: 2	[L][  u][a  ]
