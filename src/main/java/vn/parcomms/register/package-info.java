/**
 * The register of outgoing documents (sổ đăng ký văn bản đi) of each issuing node: the next
 * number per symbol and year, taken when a document is issued, gap-free and safe when two issue
 * at once, and the register's lines for the office to read and export. Tables
 * {@code outgoing_register} and {@code outgoing_register_entry} (V110).
 */
package vn.parcomms.register;
