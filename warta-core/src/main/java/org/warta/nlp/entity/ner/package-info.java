/**
 * Statistical named-entity recognition: a linear-chain tagger over BIO labels trained with the
 * averaged structured perceptron, its features, and the {@link org.warta.nlp.entity.NameFinder}
 * that serves the committed Indonesian model.
 */
package org.warta.nlp.entity.ner;
