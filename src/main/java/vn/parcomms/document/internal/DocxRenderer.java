package vn.parcomms.document.internal;

import static vn.parcomms.document.internal.Layout.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.internal.Blocks.Block;
import vn.parcomms.document.internal.Blocks.Grid;
import vn.parcomms.document.internal.Blocks.PageBreak;
import vn.parcomms.document.internal.Blocks.Para;
import vn.parcomms.document.internal.Blocks.Row;
import vn.parcomms.document.internal.Blocks.Rule;
import vn.parcomms.document.internal.Blocks.Run;

/**
 * Writes the document layout as a Word file with Apache POI. Users finish documents in Word, so
 * the file uses plain paragraphs, tables and real fields (no text boxes, no frames) and names
 * Times New Roman for every script, so that neither Word nor LibreOffice substitutes a font.
 */
public final class DocxRenderer {

    public byte[] render(OfficialDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(docx);
            page(docx);
            pageNumbers(docx);
            Writer writer = new Writer(docx);
            for (Block block : DocumentLayout.blocks(document)) {
                writer.write(block);
            }
            writer.finish();
            docx.getProperties().getCoreProperties().setTitle(document.kind().heading() + " " + document.header().number());
            docx.getProperties().getCoreProperties().setCreator(document.header().issuingBody());
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Document defaults: Times New Roman 14 for every script, Vietnamese, no spacing. */
    private static void defaults(XWPFDocument docx) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        timesNewRoman(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(Layout.BODY_SIZE * 2)));
        run.addNewSzCs().setVal(BigInteger.valueOf(Math.round(Layout.BODY_SIZE * 2)));
        run.addNewLang().setVal("vi-VN");
        var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        XWPFStyles target = docx.createStyles();
        target.setStyles(styles);
    }

    private static void timesNewRoman(CTFonts fonts) {
        fonts.setAscii(Fonts.DOCX_FONT);
        fonts.setHAnsi(Fonts.DOCX_FONT);
        fonts.setEastAsia(Fonts.DOCX_FONT);
        fonts.setCs(Fonts.DOCX_FONT);
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = section(docx);
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(Layout.PAGE_WIDTH)));
        size.setH(BigInteger.valueOf(twips(Layout.PAGE_HEIGHT)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(Layout.MARGIN_TOP)));
        margins.setBottom(BigInteger.valueOf(twips(Layout.MARGIN_BOTTOM)));
        margins.setLeft(BigInteger.valueOf(twips(Layout.MARGIN_LEFT)));
        margins.setRight(BigInteger.valueOf(twips(Layout.MARGIN_RIGHT)));
        margins.setHeader(BigInteger.valueOf(twips(Layout.HEADER_DISTANCE)));
        margins.setFooter(BigInteger.valueOf(twips(Layout.HEADER_DISTANCE)));
        margins.setGutter(BigInteger.ZERO);
    }

    private static CTSectPr section(XWPFDocument docx) {
        var body = docx.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /**
     * Page numbers top centre from page 2: an empty first-page header and a PAGE field in the
     * default header (Decree 30 numbers pages from the second).
     */
    private static void pageNumbers(XWPFDocument docx) {
        XWPFHeader first = docx.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader other = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = other.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        styled(number.createRun(), Layout.PAGE_NUMBER_SIZE, false, false)
                .getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = styled(number.createRun(), Layout.PAGE_NUMBER_SIZE, false, false);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        styled(number.createRun(), Layout.PAGE_NUMBER_SIZE, false, false)
                .getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        styled(number.createRun(), Layout.PAGE_NUMBER_SIZE, false, false).setText("2");
        styled(number.createRun(), Layout.PAGE_NUMBER_SIZE, false, false)
                .getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        CTSectPr section = section(docx);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private static XWPFRun styled(XWPFRun run, float size, boolean bold, boolean italic) {
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            run.setFontFamily(Fonts.DOCX_FONT, range);
        }
        // In the order of the schema's sequence (rFonts, b, i, sz, szCs): Word is strict about it.
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize((double) size);
        run.setComplexScriptFontSize((double) size);
        return run;
    }

    /** Writes blocks into the body or into table cells; a page break applies to the next paragraph. */
    private static final class Writer {

        private final XWPFDocument docx;
        private boolean breakBeforeNext;
        private boolean landscape;

        Writer(XWPFDocument docx) {
            this.docx = docx;
        }

        /**
         * Word expects a paragraph after the last table of the body (it adds one when saving);
         * a 1 pt one cannot push the signature onto an empty page.
         */
        void finish() {
            List<IBodyElement> elements = docx.getBodyElements();
            if (!elements.isEmpty() && elements.get(elements.size() - 1) instanceof XWPFTable) {
                spacing(1);
            }
        }

        void write(Block block) {
            if (block instanceof Para para) {
                paragraph(docx.createParagraph(), para);
            } else if (block instanceof Rule rule) {
                rule(docx.createParagraph(), rule, landscape ? Layout.LANDSCAPE_TEXT_WIDTH : Layout.TEXT_WIDTH);
            } else if (block instanceof Grid grid) {
                grid(grid);
            } else if (block instanceof PageBreak pageBreak) {
                if (pageBreak.landscape() == landscape) {
                    breakBeforeNext = true;
                } else {
                    sectionBreak(pageBreak.landscape());
                }
            }
        }

        /**
         * Word turns pages only section by section: the pages so far end in a section of their own
         * (its properties go into a last, 1 pt paragraph, as Word writes them), and the body's final
         * section takes the new orientation. A new section starts on a new page; it keeps the
         * headers (page numbers go on), and only the document's first page has no number.
         */
        private void sectionBreak(boolean toLandscape) {
            CTSectPr body = section(docx);
            XWPFParagraph end = spacing(1);
            properties(end).setSectPr((CTSectPr) body.copy());
            CTPageSz size = body.getPgSz();
            float width = toLandscape ? Layout.PAGE_HEIGHT : Layout.PAGE_WIDTH;
            float height = toLandscape ? Layout.PAGE_WIDTH : Layout.PAGE_HEIGHT;
            size.setW(BigInteger.valueOf(twips(width)));
            size.setH(BigInteger.valueOf(twips(height)));
            size.setOrient(toLandscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            if (body.isSetTitlePg()) {
                body.unsetTitlePg();
            }
            landscape = toLandscape;
            breakBeforeNext = false;
        }

        private void paragraph(XWPFParagraph paragraph, Para para) {
            paragraph.setAlignment(switch (para.align()) {
                case LEFT -> ParagraphAlignment.LEFT;
                case CENTER -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
                case JUSTIFY -> ParagraphAlignment.BOTH;
            });
            paragraph.setIndentationFirstLine(twips(para.firstIndent()));
            paragraph.setSpacingBefore(twips(para.spaceBefore()));
            paragraph.setSpacingAfter(twips(para.spaceAfter()));
            // "At least" 1.15 em: what Word calls single spacing for Times New Roman. LibreOffice's
            // single spacing is 1.107 em; stating it keeps Word, LibreOffice and our PDF on the
            // same lines and pages, and still grows if the user enlarges the font.
            paragraph.setSpacingBetween(para.maxSize() * Layout.LINE_FACTOR, LineSpacingRule.AT_LEAST);
            if (para.keepWithNext()) {
                paragraph.setKeepNext(true);
                // Kept whole as well: LibreOffice moves a kept paragraph whole anyway, and the PDF
                // does the same, so Word is told to do it too.
                properties(paragraph).addNewKeepLines();
            }
            // Widow and orphan control stated on every paragraph (present means on) rather than left
            // to the defaults of whichever program opens the file; the PDF applies the same rule.
            properties(paragraph).addNewWidowControl();
            pageBreak(paragraph);
            // The paragraph mark carries the size too, so an empty line is as high as its text.
            markSize(paragraph, para.maxSize());
            for (Run run : para.runs()) {
                styled(paragraph.createRun(), run.size(), run.bold(), run.italic()).setText(run.text());
            }
        }

        /**
         * A short rule as the bottom border of an empty, 4 pt high paragraph indented to the rule's
         * width: it stays in place when the user edits the text, unlike a drawn shape.
         */
        private void rule(XWPFParagraph paragraph, Rule rule, float containerWidth) {
            int indent = twips(Math.max(0, (containerWidth - rule.width()) / 2));
            paragraph.setIndentationLeft(indent);
            paragraph.setIndentationRight(indent);
            paragraph.setSpacingBefore(0);
            paragraph.setSpacingAfter(0);
            paragraph.setSpacingBetween(Layout.RULE_HEIGHT, LineSpacingRule.EXACT);
            CTPPr properties = properties(paragraph);
            CTPBdr borders = properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
            CTBorder bottom = borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(BigInteger.valueOf(6));
            bottom.setSpace(BigInteger.ZERO);
            bottom.setColor("auto");
            pageBreak(paragraph);
            markSize(paragraph, 1);
        }

        private void pageBreak(XWPFParagraph paragraph) {
            if (breakBeforeNext) {
                paragraph.setPageBreak(true);
                breakBeforeNext = false;
            }
        }

        /** The paragraph's properties, created on first use. */
        private static CTPPr properties(XWPFParagraph paragraph) {
            return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        }

        private static void markSize(XWPFParagraph paragraph, float size) {
            CTPPr properties = properties(paragraph);
            CTParaRPr mark = properties.isSetRPr() ? properties.getRPr() : properties.addNewRPr();
            timesNewRoman(mark.addNewRFonts());
            mark.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
            mark.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        }

        private void grid(Grid grid) {
            if (grid.spaceBefore() > 0) {
                spacing(grid.spaceBefore()).setKeepNext(true);
            }
            List<Float> widths = grid.widths();
            XWPFTable table = docx.createTable(grid.rows().size(), widths.size());
            CTTblPr properties = table.getCTTbl().getTblPr();
            CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(twips(grid.width())));
            CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
            layout.setType(STTblLayoutType.FIXED);
            table.setTableAlignment(TableRowAlign.LEFT);
            CTTblWidth indent = properties.isSetTblInd() ? properties.getTblInd() : properties.addNewTblInd();
            indent.setType(STTblWidth.DXA);
            indent.setW(BigInteger.valueOf(twips(grid.indent())));
            CTTblGrid columns = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (columns.sizeOfGridColArray() > 0) {
                columns.removeGridCol(0);
            }
            widths.forEach(w -> columns.addNewGridCol().setW(BigInteger.valueOf(twips(w))));
            borders(table, grid.borders());
            cellMargins(properties, twips(grid.padding()));
            for (int r = 0; r < grid.rows().size(); r++) {
                Row row = grid.rows().get(r);
                XWPFTableRow tableRow = table.getRow(r);
                tableRow.setCantSplitRow(true);
                if (row.header()) {
                    tableRow.setRepeatHeader(true);
                }
                for (int c = 0; c < widths.size(); c++) {
                    cell(tableRow.getCell(c), row.cells().get(c), widths.get(c) - 2 * grid.padding(), widths.get(c));
                }
            }
            if (grid.spaceAfter() > 0) {
                spacing(grid.spaceAfter());
            }
        }

        private void cell(XWPFTableCell cell, List<Block> blocks, float innerWidth, float width) {
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
            cellWidth.setType(STTblWidth.DXA);
            cellWidth.setW(BigInteger.valueOf(twips(width)));
            properties.addNewVAlign().setVal(STVerticalJc.TOP);
            for (int i = 0; i < blocks.size(); i++) {
                XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                Block block = blocks.get(i);
                if (block instanceof Para para) {
                    paragraph(paragraph, para);
                } else if (block instanceof Rule rule) {
                    rule(paragraph, rule, innerWidth);
                } else {
                    throw new IllegalArgumentException("a cell holds paragraphs and rules only");
                }
            }
        }

        /**
         * Written out in full: POI leaves zero margins out, and LibreOffice then applies its own
         * 0.19 cm, which wraps the header lines.
         */
        private static void cellMargins(CTTblPr properties, int padding) {
            CTTblCellMar margins = properties.isSetTblCellMar() ? properties.getTblCellMar() : properties.addNewTblCellMar();
            for (CTTblWidth margin : List.of(margins.isSetTop() ? margins.getTop() : margins.addNewTop(),
                    margins.isSetBottom() ? margins.getBottom() : margins.addNewBottom())) {
                margin.setType(STTblWidth.DXA);
                margin.setW(BigInteger.ZERO);
            }
            for (CTTblWidth margin : List.of(margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft(),
                    margins.isSetRight() ? margins.getRight() : margins.addNewRight())) {
                margin.setType(STTblWidth.DXA);
                margin.setW(BigInteger.valueOf(padding));
            }
        }

        private static void borders(XWPFTable table, boolean visible) {
            XWPFTable.XWPFBorderType type = visible ? XWPFTable.XWPFBorderType.SINGLE : XWPFTable.XWPFBorderType.NONE;
            int size = visible ? 4 : 0;
            table.setTopBorder(type, size, 0, "000000");
            table.setBottomBorder(type, size, 0, "000000");
            table.setLeftBorder(type, size, 0, "000000");
            table.setRightBorder(type, size, 0, "000000");
            table.setInsideHBorder(type, size, 0, "000000");
            table.setInsideVBorder(type, size, 0, "000000");
        }

        /** Word puts consecutive tables together; an empty paragraph of the given height separates them. */
        private XWPFParagraph spacing(float height) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setSpacingBefore(0);
            paragraph.setSpacingAfter(0);
            paragraph.setSpacingBetween(height, LineSpacingRule.EXACT);
            pageBreak(paragraph);
            markSize(paragraph, Math.min(height, Layout.BODY_SIZE));
            return paragraph;
        }
    }
}
