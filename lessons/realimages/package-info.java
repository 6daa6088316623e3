/**
 * Lesson 9: real images (Fashion-MNIST).
 */
package realimages;
