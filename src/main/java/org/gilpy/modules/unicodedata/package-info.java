/**
 * The {@code unicodedata} module: {@link org.gilpy.modules.unicodedata.UnicodedataModule}
 * and the {@code UCD} type ({@link org.gilpy.modules.unicodedata.PyUcd}) answer from
 * {@link org.gilpy.modules.unicodedata.Ucd}, the run-length tables of
 * {@code unicodedata.bin} (written by {@code tools/gen_unicodedata.py} from CPython 3.11's
 * answers), with {@link org.gilpy.modules.unicodedata.UcdNames} for names and lookup and
 * {@link org.gilpy.modules.unicodedata.UcdNormalizer} for the normalization forms.
 *
 * <p>Imports: objects.
 */
package org.gilpy.modules.unicodedata;
