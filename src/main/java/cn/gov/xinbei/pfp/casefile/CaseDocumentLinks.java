package cn.gov.xinbei.pfp.casefile;

import java.util.List;

/**
 * Printed documents a feature offers for a case (e.g. the fee decision as PDF), listed in the case detail of
 * {@code GET /api/cases/{caseNumber}}. Each feature lists only those its case can print now.
 */
public interface CaseDocumentLinks {

    /** @param name the document's Chinese title; @param href where to download it (same authorization as the case) */
    record Link(String name, String href) {
    }

    List<Link> linksFor(CaseFile caseFile);
}
