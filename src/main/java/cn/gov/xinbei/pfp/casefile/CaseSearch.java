package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.casefile.domain.NameParts;
import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one search box of the desk's lists (案件办理, 办理时限): a full ID number finds its parties' cases exactly, a
 * text of letters, digits and dashes the case numbers beginning so, anything else a part of a party's name. Each is
 * one index lookup (the case number's unique index, the name parts of V33, the ID number's index), so a search costs
 * the same at 1,000 and at 300,000 cases; a number searched "anywhere inside" would read every row.
 *
 * @param caseNumberPrefix the beginning of a case number, upper-case
 * @param namePart         a part of a party's name
 * @param idNumber         a full, checked 18-character ID number
 */
public record CaseSearch(String caseNumberPrefix, String namePart, String idNumber) {

    public static final CaseSearch NONE = new CaseSearch(null, null, null);
    /** The first-generation cut-off does not matter for a search: parse as of the last day both kinds were valid. */
    private static final LocalDate ID_SEARCH_AS_OF = LocalDate.of(2012, 12, 31);

    /** The search text as the lists read it; an invalid ID number or a text of wildcards only is a violation of "q". */
    public static CaseSearch parse(String q, Violations violations) {
        String value = FormValues.blankToNull(q);
        if (value == null) {
            return NONE;
        }
        value = value.strip();
        if (value.matches("[0-9]{17}[0-9Xx]|[0-9]{15}")) {
            try {
                return new CaseSearch(null, null, ResidentIdNumber.parse(value, ID_SEARCH_AS_OF).value());
            } catch (InvalidResidentIdException e) {
                violations.add("q", "检索的公民身份号码有误：" + e.getMessage());
                return NONE;
            }
        }
        String literal = value.replace("%", "").replace("_", "").replace("\\", "");
        if (literal.isEmpty()) {
            violations.add("q", "请输入案件编号、当事人姓名或完整的公民身份号码");
            return NONE;
        }
        if (literal.matches("[A-Za-z0-9-]+")) {
            return new CaseSearch(literal.toUpperCase(Locale.ROOT), null, null);
        }
        return new CaseSearch(null, literal, null);
    }

    public boolean isEmpty() {
        return caseNumberPrefix == null && namePart == null && idNumber == null;
    }

    /**
     * The search as a condition on the given columns (the case's id and its number), its parameters put in
     * {@code params}; null when there is nothing to search.
     */
    public String condition(String caseIdColumn, String caseNumberColumn, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        if (caseNumberPrefix != null) {
            any.add(caseNumberColumn + " like :searchNumber");
            params.put("searchNumber", caseNumberPrefix + "%");
        }
        if (namePart != null) {
            // An index lookup of the part (V33); a text longer than the parts kept is looked up by its beginning
            // and compared with the whole names of the cases found.
            String lookup = caseIdColumn + " in (select np.case_id from case_party_name_part np where np.part = :searchName)";
            any.add(NameParts.isKeptPart(namePart) ? lookup : "(" + lookup + " and " + caseIdColumn
                    + " in (select pn.case_id from case_party pn where pn.full_name like :searchNameLike))");
            params.put("searchName", NameParts.lookupKey(namePart));
            params.put("searchNameLike", "%" + namePart.replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (idNumber != null) {
            any.add(caseIdColumn + " in (select pi.case_id from case_party pi where pi.id_number = :searchId)");
            params.put("searchId", idNumber);
        }
        return any.isEmpty() ? null : "(" + String.join(" or ", any) + ")";
    }
}
